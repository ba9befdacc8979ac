"""psqlODBC (the PostgreSQL Unicode driver, through unixODBC and pyodbc) against a running Freshet
server, doing what an ODBC BI tool (Excel, Power BI, Tableau) does on connect and browse
(SQLGetInfo, SQLTables, SQLColumns, SQLPrimaryKeys, SQLStatistics, SQLForeignKeys,
SQLGetTypeInfo) and then query: a parameterized SELECT, executemany, values read back as Python
types, an error's SQLSTATE. Runs once with the
driver's defaults (but BoolsAsChar=0, so booleans read back as bool, not '1') and once with
UseDeclareFetch=1 (results read through DECLARE CURSOR / FETCH).
Usage: odbc_suite.py HOST PORT. Exits non-zero on the first failure."""
import datetime
import decimal
import sys
import time

import pyodbc

HOST, PORT = sys.argv[1], int(sys.argv[2])


def connect(extra=""):
    return pyodbc.connect(
        f"Driver={{PostgreSQL Unicode}};Server={HOST};Port={PORT};Database=dev;Uid=root;Pwd=;"
        + "BoolsAsChar=0;" + extra, autocommit=True, timeout=30)


def check(actual, expected, what):
    if actual != expected:
        raise AssertionError(f"{what}: expected {expected!r}, got {actual!r}")


def setup():
    c = connect()
    cur = c.cursor()
    cur.execute("CREATE TABLE odbc_orders (id INT PRIMARY KEY, customer TEXT NOT NULL,"
                " amount NUMERIC(10,2), placed DATE, ts TIMESTAMP, paid BOOLEAN,"
                " score DOUBLE PRECISION, qty BIGINT)")
    cur.execute("CREATE MATERIALIZED VIEW odbc_totals AS SELECT customer, sum(amount) AS total,"
                " count(*) AS n FROM odbc_orders GROUP BY customer")
    c.close()


def browse(extra):
    c = connect(extra)
    check(c.getinfo(pyodbc.SQL_DBMS_NAME), "PostgreSQL", "DBMS name")
    version = c.getinfo(pyodbc.SQL_DBMS_VER)
    if not version.startswith("15."):
        raise AssertionError(f"DBMS version {version!r}")
    cur = c.cursor()
    tables = {(r.table_schem, r.table_name): r.table_type for r in cur.tables()}
    check(tables.get(("public", "odbc_orders")), "TABLE", "table in SQLTables")
    check(tables.get(("public", "odbc_totals")), "MATVIEW", "materialized view in SQLTables")
    one = cur.tables(table="odbc_orders").fetchall()
    check([(r.table_cat, r.table_schem, r.table_name) for r in one],
          [("dev", "public", "odbc_orders")], "SQLTables by name")
    cols = cur.columns(table="odbc_orders").fetchall()
    check([r.column_name for r in cols],
          ["id", "customer", "amount", "placed", "ts", "paid", "score", "qty"], "columns")
    by_name = {r.column_name: r for r in cols}
    check((by_name["id"].type_name, by_name["id"].nullable), ("int4", 0), "int4 column")
    check((by_name["amount"].type_name, by_name["amount"].column_size,
           by_name["amount"].decimal_digits), ("numeric", 10, 2), "numeric(10,2) column")
    check((by_name["placed"].data_type, by_name["ts"].data_type, by_name["paid"].type_name),
          (pyodbc.SQL_TYPE_DATE, pyodbc.SQL_TYPE_TIMESTAMP, "bool"), "date/time/bool columns")
    check((by_name["customer"].nullable, by_name["amount"].nullable), (0, 1), "nullability")
    keys = cur.primaryKeys("odbc_orders").fetchall()
    check([(r.column_name, r.key_seq, r.pk_name) for r in keys],
          [("id", 1, "odbc_orders_pkey")], "SQLPrimaryKeys")
    stats = cur.statistics("odbc_orders").fetchall()
    check([(r.index_name, r.non_unique, r.ordinal_position, r.column_name) for r in stats],
          [("odbc_orders_pkey", 0, 1, "id")], "SQLStatistics")
    check(cur.foreignKeys(table="odbc_orders").fetchall(), [], "SQLForeignKeys (referenced)")
    check(cur.foreignKeys(foreignTable="odbc_orders").fetchall(), [],
          "SQLForeignKeys (referencing)")
    types = {r.type_name for r in cur.getTypeInfo()}
    for t in ("int4", "numeric", "text", "date", "timestamptz", "bool", "float8"):
        if t not in types:
            raise AssertionError(f"{t} not in SQLGetTypeInfo: {sorted(types)}")
    c.close()


def query(extra, first_id):
    c = connect(extra)
    cur = c.cursor()
    rows = [(first_id + k, "ann" if k % 2 else "bob", decimal.Decimal(f"{k}.25"),
             datetime.date(2024, 1, 1 + k), datetime.datetime(2024, 1, 1, 12, 0, k), k % 2 == 0,
             k / 4, 2**40 + k) for k in range(5)]
    cur.executemany("INSERT INTO odbc_orders VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    got = cur.execute("SELECT id, customer, amount, placed, ts, paid, score, qty FROM odbc_orders"
                      " WHERE id >= ? AND id < ? ORDER BY id", first_id, first_id + 5).fetchall()
    check([tuple(r) for r in got], rows, "rows read back with their Python types")
    n = cur.execute("SELECT n FROM odbc_totals WHERE customer = ?", "bob").fetchval()
    check(n, 3 * (first_id // 100), "materialized view through a parameter")
    try:
        cur.execute("SELECT * FROM odbc_missing")
        raise AssertionError("missing table accepted")
    except pyodbc.ProgrammingError as e:
        check(e.args[0], "42P01", "SQLSTATE of a missing table")
    try:
        cur.execute("INSERT INTO odbc_orders (id, customer) VALUES (?, ?)", first_id + 99, None)
        raise AssertionError("NULL in a NOT NULL column accepted")
    except pyodbc.IntegrityError as e:
        check(e.args[0], "23502", "SQLSTATE of a not-null violation")
    check(cur.execute("SELECT 1").fetchval(), 1, "connection usable after errors")
    c.close()


started = time.time()
setup()
print(f"ok setup ({time.time() - started:.1f}s)")
for i, (name, extra) in enumerate([("defaults", ""), ("declare-fetch", "UseDeclareFetch=1;")]):
    started = time.time()
    browse(extra)
    query(extra, 100 * (i + 1))
    print(f"ok {name} ({time.time() - started:.1f}s)")
