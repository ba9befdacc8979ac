// node-postgres against a running Freshet server: parameterized queries and a pool.
// Usage: node suite.js HOST PORT. Exits non-zero on the first failure.
'use strict';
const assert = require('assert');
const { Client, Pool } = require('pg');

const [host, port] = [process.argv[2], Number(process.argv[3])];
const config = { host, port, user: 'root', database: 'dev', connectionTimeoutMillis: 30000 };

async function parameterized() {
  const c = new Client(config);
  await c.connect();
  await c.query('CREATE TABLE node_items (id INT PRIMARY KEY, name TEXT, price NUMERIC(10,2), tags TEXT[], seen TIMESTAMPTZ)');
  await c.query('CREATE MATERIALIZED VIEW node_total AS SELECT count(*) AS n, sum(price) AS total FROM node_items');
  for (let i = 1; i <= 20; i++) {
    const r = await c.query('INSERT INTO node_items VALUES ($1, $2, $3, $4, $5)',
      [i, `item ${i}`, (i * 1.5).toFixed(2), ['a', `t${i}`], new Date(Date.UTC(2024, 0, i))]);
    assert.strictEqual(r.rowCount, 1);
  }
  const one = await c.query({ name: 'by-id', text: 'SELECT id, name, price, tags, seen FROM node_items WHERE id = $1', values: [7] });
  assert.deepStrictEqual(one.rows[0].tags, ['a', 't7']);
  assert.strictEqual(one.rows[0].name, 'item 7');
  assert.strictEqual(one.rows[0].price, '10.50');
  assert.strictEqual(one.rows[0].seen.toISOString(), '2024-01-07T00:00:00.000Z');
  const again = await c.query({ name: 'by-id', text: 'SELECT id, name, price, tags, seen FROM node_items WHERE id = $1', values: [8] });
  assert.strictEqual(again.rows[0].name, 'item 8');
  const total = await c.query('SELECT n, total FROM node_total');
  assert.strictEqual(total.rows[0].n, '20');
  assert.strictEqual(total.rows[0].total, '315.00');
  await assert.rejects(c.query('SELECT $1::int / 0', [1]), (e) => e.code === '22012');
  await c.query('BEGIN');
  await c.query('DELETE FROM node_items WHERE id > $1', [10]);
  await c.query('ROLLBACK');
  assert.strictEqual((await c.query('SELECT n FROM node_total')).rows[0].n, '20');
  await c.end();
}

async function pool() {
  const p = new Pool({ ...config, max: 10 });
  const work = [];
  for (let i = 0; i < 100; i++) {
    work.push(p.query('SELECT name FROM node_items WHERE id = $1', [1 + (i % 20)]));
  }
  const results = await Promise.all(work);
  results.forEach((r, i) => assert.strictEqual(r.rows[0].name, `item ${1 + (i % 20)}`));
  await p.end();
}

(async () => {
  for (const test of [parameterized, pool]) {
    const started = Date.now();
    await test();
    console.log(`ok ${test.name} (${(Date.now() - started) / 1000}s)`);
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
