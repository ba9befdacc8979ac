package dev.freshet.engine.expr;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Date/time arithmetic, extract, date_trunc, make_*, age, formatting: PostgreSQL 15's results,
 * evaluated through the planner and kernels.
 */
class DateTimeFunctionsTest {
    private static SqlRunner sql;

    @BeforeAll
    static void start() {
        sql = new SqlRunner();
    }

    @AfterAll
    static void stop() {
        sql.close();
    }

    @TestFactory
    List<DynamicTest> matchesPostgres() {
        return PgCases.of(sql, CASES);
    }

    private static final String CASES =
"""
date '2020-02-28' + 2  =>  2020-03-01
date '2021-03-01' - date '2021-02-01'  =>  28
date '2021-01-31' + interval '1 month'  =>  2021-02-28 00:00:00
timestamp '2021-01-31 12:00:00' + interval '1 month 1 day'  =>  2021-03-01 12:00:00
timestamp '2021-03-01 00:00:00' - interval '1 hour'  =>  2021-02-28 23:00:00
timestamp '2021-03-01 00:00:00' - timestamp '2021-02-27 12:30:00'  =>  1 day 11:30:00
interval '1 day 10:00' * 3  =>  3 days 30:00:00
interval '10 days' / 4  =>  2 days 12:00:00
interval '1 month' + interval '1 day'  =>  1 mon 1 day
extract(epoch from timestamp '2000-01-01 00:00:00.25')  =>  946684800.250000
extract(second from time '12:34:56.789')  =>  56.789000
extract(week from date '2024-12-30')  =>  1
extract(isoyear from date '2024-12-30')  =>  2025
extract(doy from date '2024-12-31')  =>  366
extract(month from interval '14 months')  =>  2
date_part('minute', timestamp '2021-01-01 10:42:00')  =>  42
date_trunc('week', date '2024-12-31')  =>  2024-12-30 00:00:00+00
date_trunc('quarter', timestamp '2024-05-20 10:00:00')  =>  2024-04-01 00:00:00
date_trunc('second', interval '1 hour 2.5 seconds')  =>  01:00:02
make_date(2024, 2, 29)  =>  2024-02-29
make_time(23, 59, 59.999999)  =>  23:59:59.999999
make_timestamp(1999, 12, 31, 23, 59, 60)  =>  2000-01-01 00:00:00
make_interval(0, 1, 0, 2)  =>  1 mon 2 days
age(timestamp '2024-03-01 00:00:00', timestamp '2023-12-31 00:00:00')  =>  2 mons 1 day
justify_interval(interval '-1 mon 40 days')  =>  10 days
to_char(timestamp '2024-07-04 15:30:00', 'Dy, DD Mon YYYY HH12:MI PM')  =>  Thu, 04 Jul 2024 03:30 PM
to_char(interval '3 days 04:05:06', 'DD "days" HH24:MI:SS')  =>  03 days 04:05:06
to_char(date '2024-01-01', 'IYYY-IW-ID')  =>  2024-01-1
to_date('31.12.2024', 'DD.MM.YYYY')  =>  2024-12-31
to_timestamp('2024-02-30', 'YYYY-MM-DD')  =>  ERROR 22008: date/time field value out of range: "2024-02-30"
to_timestamp(1e9)  =>  2001-09-09 01:46:40+00
extract(hour from date '2024-01-01')  =>  ERROR 0A000: unit "hour" not supported for type date
            """;
}
