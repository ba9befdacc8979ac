"""SQLAlchemy 1.4 (over psycopg2) against a running Freshet server, doing what a BI tool built on it
(Superset, pandas.read_sql) does: reflect the schema with inspect(), reflect every table and view
into a MetaData, select from reflected tables with bound parameters, insert through one in a
transaction, read a materialized view that changed, run text() queries. Usage:
sqlalchemy_suite.py HOST PORT. Exits non-zero on the first failure."""
import datetime
import decimal
import sys
import time

import sqlalchemy
from sqlalchemy import create_engine, inspect, select, text
from sqlalchemy.dialects import postgresql

HOST, PORT = sys.argv[1], int(sys.argv[2])
engine = create_engine(f"postgresql+psycopg2://root@{HOST}:{PORT}/dev", future=True)


def check(actual, expected, what):
    if actual != expected:
        raise AssertionError(f"{what}: expected {expected!r}, got {actual!r}")


def setup():
    with engine.begin() as c:
        c.execute(text(
            "CREATE TABLE sa_orders (id INT PRIMARY KEY, customer TEXT NOT NULL,"
            " amount NUMERIC(10,2), placed DATE, ts TIMESTAMP, paid BOOLEAN, tags TEXT[],"
            " meta JSONB, note VARCHAR(20), score DOUBLE PRECISION)"))
        c.execute(text("CREATE TABLE sa_pair (a INT, b TEXT, v BIGINT, PRIMARY KEY (b, a))"))
        c.execute(text(
            "CREATE MATERIALIZED VIEW sa_totals AS SELECT customer, sum(amount) AS total,"
            " count(*) AS n FROM sa_orders GROUP BY customer"))
        c.execute(text(
            "INSERT INTO sa_orders VALUES (1, 'ann', 10.50, DATE '2024-01-02',"
            " TIMESTAMP '2024-01-02 03:04:05', true, ARRAY['a','b'], '{\"k\": 1}', 'x', 0.5)"))


def inspector():
    i = inspect(engine)
    schemas = i.get_schema_names()
    if "public" not in schemas:
        raise AssertionError(f"schemas: {schemas}")
    tables = i.get_table_names()
    for t in ("sa_orders", "sa_pair"):
        if t not in tables:
            raise AssertionError(f"{t} not in {tables}")
    if "sa_totals" in tables:
        raise AssertionError("a materialized view listed as a table")
    # SQLAlchemy 1.4 lists relkind 'v' and 'm' as views
    check("sa_totals" in i.get_view_names(), True, "materialized view in get_view_names")
    check(i.has_table("sa_orders"), True, "has_table")
    check(i.has_table("sa_nothing"), False, "has_table of a missing table")

    cols = {c["name"]: c for c in i.get_columns("sa_orders")}
    check(list(cols), ["id", "customer", "amount", "placed", "ts", "paid", "tags", "meta",
                       "note", "score"], "column order")
    check(type(cols["id"]["type"]), sqlalchemy.INTEGER, "int type")
    # Freshet stores TEXT as unbounded VARCHAR (format_type says character varying)
    check((type(cols["customer"]["type"]), cols["customer"]["type"].length),
          (sqlalchemy.VARCHAR, None), "text type")
    check((type(cols["amount"]["type"]), cols["amount"]["type"].precision,
           cols["amount"]["type"].scale), (sqlalchemy.NUMERIC, 10, 2), "numeric(10,2)")
    check(type(cols["placed"]["type"]), sqlalchemy.DATE, "date type")
    check(type(cols["ts"]["type"]), postgresql.TIMESTAMP, "timestamp type")
    check(type(cols["paid"]["type"]), sqlalchemy.BOOLEAN, "boolean type")
    check(type(cols["tags"]["type"]), postgresql.ARRAY, "array type")
    check(type(cols["tags"]["type"].item_type), sqlalchemy.VARCHAR, "array element type")
    check(type(cols["meta"]["type"]), postgresql.JSONB, "jsonb type")
    check((type(cols["note"]["type"]), cols["note"]["type"].length), (sqlalchemy.VARCHAR, 20),
          "varchar(20)")
    check(type(cols["score"]["type"]), postgresql.DOUBLE_PRECISION, "double type")
    check((cols["id"]["nullable"], cols["customer"]["nullable"], cols["amount"]["nullable"]),
          (False, False, True), "nullability")
    check({c["default"] for c in cols.values()}, {None}, "no defaults")
    check({c.get("identity") for c in cols.values()}, {None}, "no identity columns")
    check({c["autoincrement"] for c in cols.values()}, {False}, "no serial columns")
    view_cols = [(c["name"], type(c["type"])) for c in i.get_columns("sa_totals")]
    check(view_cols, [("customer", sqlalchemy.VARCHAR), ("total", sqlalchemy.NUMERIC),
                      ("n", sqlalchemy.BIGINT)], "view columns")

    check(i.get_pk_constraint("sa_orders"),
          {"constrained_columns": ["id"], "name": "sa_orders_pkey"}, "primary key")
    check(i.get_pk_constraint("sa_pair")["constrained_columns"], ["b", "a"],
          "composite key in key order")
    check(i.get_pk_constraint("sa_totals")["constrained_columns"], [], "view has no key")
    check(i.get_foreign_keys("sa_orders"), [], "foreign keys")
    check(i.get_indexes("sa_orders"), [], "indexes besides the primary key")
    check(i.get_unique_constraints("sa_orders"), [], "unique constraints")
    check(i.get_check_constraints("sa_orders"), [], "check constraints")
    check(i.get_table_comment("sa_orders"), {"text": None}, "table comment")
    definition = i.get_view_definition("sa_totals")
    if "sum(" not in definition or "amount" not in definition:
        raise AssertionError(f"view definition: {definition!r}")


def reflect_and_query():
    meta = sqlalchemy.MetaData()
    meta.reflect(engine, views=True)
    for t in ("sa_orders", "sa_pair", "sa_totals"):
        if t not in meta.tables:
            raise AssertionError(f"{t} not reflected: {sorted(meta.tables)}")
    orders = meta.tables["sa_orders"]
    totals = meta.tables["sa_totals"]
    check([c.name for c in orders.primary_key], ["id"], "reflected primary key")
    with engine.connect() as c:
        row = c.execute(select(orders).where(orders.c.id == 1)).one()
        check((row.customer, row.amount, row.placed, row.ts, row.paid, row.tags, row.meta),
              ("ann", decimal.Decimal("10.50"), datetime.date(2024, 1, 2),
               datetime.datetime(2024, 1, 2, 3, 4, 5), True, ["a", "b"], {"k": 1}),
              "row through a reflected table")
    with engine.begin() as c:
        def row(i, who, amount, placed=None, paid=None, tags=None, meta=None):
            return {"id": i, "customer": who, "amount": decimal.Decimal(amount),
                    "placed": placed, "paid": paid, "tags": tags, "meta": meta}
        c.execute(orders.insert(), [
            row(2, "bob", "2.25", datetime.date(2024, 2, 1), False, ["x"]),
            row(3, "bob", "3.00", tags=[]),
            row(4, "ann", "0.25", meta={"a": [1]}),
        ])
    with engine.connect() as c:
        got = c.execute(select(totals.c.customer, totals.c.total, totals.c.n)
                        .order_by(totals.c.customer)).all()
        check([tuple(r) for r in got],
              [("ann", decimal.Decimal("10.75"), 2), ("bob", decimal.Decimal("5.25"), 2)],
              "materialized view after the insert")
        n = c.execute(select(sqlalchemy.func.count()).select_from(orders)
                      .where(orders.c.customer == sqlalchemy.bindparam("who")),
                      {"who": "bob"}).scalar()
        check(n, 2, "count with a bound parameter")
        ids = c.execute(select(orders.c.id).where(orders.c.id.in_([1, 3, 9]))
                        .order_by(orders.c.id)).scalars().all()
        check(ids, [1, 3], "IN with expanding parameters")
    try:
        with engine.begin() as c:
            c.execute(orders.insert(), [{"id": 5, "customer": "cy"}, {"id": 6, "customer": None}])
        raise AssertionError("NULL in a NOT NULL column accepted")
    except sqlalchemy.exc.IntegrityError as e:
        check(e.orig.pgcode, "23502", "not-null violation code")
    with engine.connect() as c:
        check(c.execute(text("SELECT count(*) FROM sa_orders WHERE id = 5")).scalar(), 0,
              "a failed transaction leaves nothing")


def pandas_style():
    # what pandas.read_sql(text(...), engine, params=...) runs
    with engine.connect() as c:
        r = c.execute(text("SELECT customer, total FROM sa_totals WHERE total > :min"
                           " ORDER BY customer"), {"min": 6})
        check(list(r.keys()), ["customer", "total"], "result columns")
        check([tuple(x) for x in r], [("ann", decimal.Decimal("10.75"))], "text() with params")
        r = c.execute(text("SELECT placed, count(*) AS n FROM sa_orders GROUP BY placed"
                           " ORDER BY placed NULLS LAST"))
        check([tuple(x) for x in r],
              [(datetime.date(2024, 1, 2), 1), (datetime.date(2024, 2, 1), 1), (None, 2)],
              "group by date")
        try:
            c.execute(text("SELECT * FROM sa_missing"))
            raise AssertionError("missing table accepted")
        except sqlalchemy.exc.ProgrammingError as e:
            check(e.orig.pgcode, "42P01", "missing table code")


for test in [setup, inspector, reflect_and_query, pandas_style]:
    started = time.time()
    test()
    print(f"ok {test.__name__} ({time.time() - started:.1f}s)")
