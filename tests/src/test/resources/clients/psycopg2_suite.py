"""libpq through psycopg2 against a running Freshet server: types, COPY, error codes, cancel,
concurrent connections. Usage: psycopg2_suite.py HOST PORT. Exits non-zero on the first failure."""
import datetime
import decimal
import io
import sys
import threading
import time
import uuid

import psycopg2
import psycopg2.errors
import psycopg2.extras

HOST, PORT = sys.argv[1], int(sys.argv[2])


def connect():
    c = psycopg2.connect(host=HOST, port=PORT, user="root", dbname="dev", connect_timeout=30)
    c.autocommit = True
    return c


def check(actual, expected, what):
    if actual != expected:
        raise AssertionError(f"{what}: expected {expected!r}, got {actual!r}")


def types():
    c = connect()
    cur = c.cursor()
    cur.execute(
        "CREATE TABLE py_types (id INT PRIMARY KEY, b BOOLEAN, i2 SMALLINT, i8 BIGINT,"
        " f8 DOUBLE PRECISION, n NUMERIC(12,3), t TEXT, bt BYTEA, d DATE, tm TIME,"
        " ts TIMESTAMP, tz TIMESTAMPTZ, iv INTERVAL, u UUID, j JSONB, ia INT[], ta TEXT[])")
    u = uuid.UUID("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11")
    psycopg2.extras.register_uuid()
    row = (1, True, -5, 2**62, 1.25, decimal.Decimal("-123.456"), "it's \"quoted\" ✓",
           psycopg2.Binary(b"\x00\x01\xff"), datetime.date(2024, 2, 29),
           datetime.time(1, 2, 3, 400000), datetime.datetime(1999, 12, 31, 23, 59, 59),
           datetime.datetime(2020, 1, 1, 12, 0, tzinfo=datetime.timezone.utc),
           datetime.timedelta(days=3, seconds=7), u, '{"k": [1, "two"]}', [1, None, 3],
           ["a", "b c"])
    cur.execute("INSERT INTO py_types VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s,"
                " %s, %s, %s, %s, %s)", row)
    cur.execute("SELECT * FROM py_types WHERE id = %s", (1,))
    got = cur.fetchone()
    check(got[1:7], row[1:7], "scalars")
    check(bytes(got[7]), b"\x00\x01\xff", "bytea")
    check(got[8:11], row[8:11], "date/time")
    check(got[11].astimezone(datetime.timezone.utc), row[11], "timestamptz")
    check(got[12], row[12], "interval")
    check(got[13], u, "uuid")
    check(got[14], {"k": [1, "two"]}, "jsonb")
    check(got[15], [1, None, 3], "int[]")
    check(got[16], ["a", "b c"], "text[]")
    cur.execute("SELECT NULL::int, NULL::text")
    check(cur.fetchone(), (None, None), "nulls")


def copy():
    c = connect()
    cur = c.cursor()
    cur.execute("CREATE TABLE py_copy (id INT PRIMARY KEY, name TEXT, score DOUBLE PRECISION)")
    cur.execute("CREATE MATERIALIZED VIEW py_copy_n AS SELECT count(*) AS n FROM py_copy")
    data = io.StringIO("".join(f"{i};name {i};{i / 4}\n" for i in range(1, 20001)))
    cur.copy_expert("COPY py_copy FROM STDIN WITH (FORMAT csv, DELIMITER ';')", data)
    check(cur.rowcount, 20000, "copy rowcount")
    cur.execute("SELECT n FROM py_copy_n")
    check(cur.fetchone()[0], 20000, "view after copy")
    out = io.StringIO()
    cur.copy_expert("COPY (SELECT id, name FROM py_copy WHERE id < 3 ORDER BY id) TO STDOUT"
                    " WITH (FORMAT csv, HEADER true)", out)
    check(out.getvalue(), "id,name\n1,name 1\n2,name 2\n", "copy out")
    bad = io.StringIO("30001;x;1\n30002;y;notanumber\n")
    try:
        cur.copy_expert("COPY py_copy FROM STDIN WITH (FORMAT csv, DELIMITER ';')", bad)
        raise AssertionError("bad COPY succeeded")
    except psycopg2.errors.InvalidTextRepresentation as e:
        check(e.pgcode, "22P02", "bad copy code")
        if "line 2" not in (e.diag.context or ""):
            raise AssertionError(f"no line in context: {e.diag.context!r}")
    cur.execute("SELECT n FROM py_copy_n")
    check(cur.fetchone()[0], 20000, "nothing of the failed COPY applied")


def error_codes():
    c = connect()
    cur = c.cursor()
    for sql, code in [("SELECT * FROM missing_table", "42P01"), ("SELECT 1/0", "22012"),
                      ("SELEC 1", "42601"), ("SELECT 'x'::int", "22P02")]:
        try:
            cur.execute(sql)
            raise AssertionError(f"{sql} succeeded")
        except psycopg2.Error as e:
            check(e.pgcode, code, sql)
    c.autocommit = False
    cur.execute("SELECT 1")
    try:
        cur.execute("SELECT 1/0")
    except psycopg2.Error:
        pass
    try:
        cur.execute("SELECT 1")
        raise AssertionError("statement in failed transaction succeeded")
    except psycopg2.errors.InFailedSqlTransaction as e:
        check(e.pgcode, "25P02", "failed transaction")
    c.rollback()
    cur.execute("SELECT 2")
    check(cur.fetchone()[0], 2, "after rollback")
    c.commit()


def cancel():
    c = connect()
    cur = c.cursor()
    done = threading.Event()

    def canceller():
        # keep asking until the query is gone: a cancel that arrives while the connection is
        # idle is ignored, as in PostgreSQL
        while not done.wait(0.2):
            c.cancel()

    threading.Thread(target=canceller, daemon=True).start()
    try:
        cur.execute("SELECT count(*) FROM generate_series(1, 4000000000) AS g WHERE g % 7 = 3")
        raise AssertionError("long query was not cancelled")
    except psycopg2.errors.QueryCanceled as e:
        check(e.pgcode, "57014", "cancel code")
        check(str(e).splitlines()[0], "canceling statement due to user request", "cancel message")
    finally:
        done.set()
    cur.execute("SELECT 1")
    check(cur.fetchone()[0], 1, "session usable after cancel")
    cur.execute("SET statement_timeout = '200ms'")
    try:
        cur.execute("SELECT count(*) FROM generate_series(1, 4000000000) AS g WHERE g % 7 = 3")
        raise AssertionError("statement_timeout did not fire")
    except psycopg2.errors.QueryCanceled as e:
        check(str(e).splitlines()[0], "canceling statement due to statement timeout", "timeout")


def concurrent():
    c = connect()
    c.cursor().execute("CREATE TABLE py_conc (k INT PRIMARY KEY, who INT)")
    c.cursor().execute("CREATE MATERIALIZED VIEW py_conc_n AS SELECT count(*) AS n FROM py_conc")
    errors = []

    def worker(w):
        try:
            conn = connect()
            cur = conn.cursor()
            for i in range(20):
                cur.execute("INSERT INTO py_conc VALUES (%s, %s)", (w * 1000 + i, w))
                cur.execute("SELECT count(*) FROM py_conc WHERE who = %s", (w,))
                check(cur.fetchone()[0], i + 1, f"worker {w} sees its own writes")
            conn.close()
        except Exception as e:  # reported by the main thread
            errors.append(f"worker {w}: {e!r}")

    threads = [threading.Thread(target=worker, args=(w,)) for w in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise AssertionError("; ".join(errors[:5]))
    cur = c.cursor()
    cur.execute("SELECT n FROM py_conc_n")
    check(cur.fetchone()[0], 1000, "rows from 50 connections")


for test in [types, copy, error_codes, cancel, concurrent]:
    started = time.time()
    test()
    print(f"ok {test.__name__} ({time.time() - started:.1f}s)")
