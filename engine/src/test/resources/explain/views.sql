-- Setup statements run first; each EXPLAIN's output is compared with views.plan.
CREATE TABLE orders (id BIGINT PRIMARY KEY, customer INT, amount DECIMAL(10,2), ts TIMESTAMP);
CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR, region VARCHAR);
CREATE TABLE clicks (user_id INT, url VARCHAR, ts TIMESTAMP) APPEND ONLY;
CREATE TABLE bids (auction INT, price INT, ts TIMESTAMP, WATERMARK FOR ts AS ts - INTERVAL '5' SECOND) APPEND ONLY;
EXPLAIN CREATE MATERIALIZED VIEW spend AS SELECT customer, count(*) AS n, sum(amount) AS total FROM orders GROUP BY customer;
EXPLAIN CREATE MATERIALIZED VIEW big AS SELECT id, amount FROM orders WHERE amount > 100;
EXPLAIN CREATE MATERIALIZED VIEW by_region AS SELECT c.region, sum(o.amount) AS total, max(o.amount) AS largest FROM orders o JOIN customers c ON o.customer = c.id GROUP BY c.region;
EXPLAIN CREATE MATERIALIZED VIEW orphans AS SELECT o.id, c.name FROM orders o LEFT JOIN customers c ON o.customer = c.id;
EXPLAIN CREATE MATERIALIZED VIEW latest_click AS SELECT user_id, max(ts) AS last_seen FROM clicks GROUP BY user_id;
EXPLAIN CREATE MATERIALIZED VIEW top3 AS SELECT customer, amount FROM (SELECT customer, amount, row_number() OVER (PARTITION BY customer ORDER BY amount DESC) AS rn FROM orders) WHERE rn <= 3;
EXPLAIN CREATE MATERIALIZED VIEW per_minute AS SELECT window_start, count(*) AS n FROM TUMBLE(clicks, ts, INTERVAL '1' MINUTE) GROUP BY window_start;
EXPLAIN CREATE MATERIALIZED VIEW bid_windows AS SELECT window_start, auction, max(price) AS top FROM HOP(bids, ts, INTERVAL '10' SECOND, INTERVAL '1' MINUTE) GROUP BY window_start, auction;
EXPLAIN CREATE MATERIALIZED VIEW bid_final AS SELECT window_start, count(*) AS n FROM TUMBLE(bids, ts, INTERVAL '1' MINUTE) GROUP BY window_start EMIT ON WINDOW CLOSE;
EXPLAIN SELECT * FROM orders WHERE id = 42;
EXPLAIN SELECT customer, count(*) FROM orders GROUP BY customer ORDER BY customer LIMIT 10;
