package dev.freshet.engine.expr;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Text functions: PostgreSQL 15's results, evaluated through the planner and kernels. */
class StringFunctionsTest {
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
lower('Hello ÀB')  =>  hello Àb
upper('straße')  =>  STRAßE
initcap('hELLO wORLD-foo 3abc')  =>  Hello World-Foo 3abc
length('héllo')  =>  5
octet_length('héllo')  =>  6
bit_length('ab')  =>  16
substring('hello', 2, 3)  =>  ell
substring('hello', 0, 2)  =>  h
substring('héllo', 2)  =>  éllo
substring('hello' from 'l+')  =>  ll
substring('hello', 2, -1)  =>  ERROR 22011: negative substring length not allowed
strpos('héllo', 'l')  =>  3
'a' || 'b' || 1  =>  ab1
concat('a', NULL, 1, true)  =>  a1t
concat_ws(',', 'a', NULL, 'b')  =>  a,b
btrim('xxaxx', 'x')  =>  a
trim(both ' ' from '  a  ')  =>  a
lpad('7', 3, '0')  =>  007
rpad('ab', 1)  =>  a
left('abc', -1)  =>  ab
right('abc', 2)  =>  bc
repeat('xy', 3)  =>  xyxyxy
replace('aaa', 'a', 'bb')  =>  bbbbbb
reverse('abc')  =>  cba
split_part('a.b.c', '.', -2)  =>  b
translate('hello', 'el', 'ip')  =>  hippo
ascii('é')  =>  233
chr(8364)  =>  €
md5('hello')  =>  5d41402abc4b2a76b9719d911017c592
to_hex(4096)  =>  1000
quote_ident('My Table')  =>  "My Table"
quote_literal('O''Reilly')  =>  'O''Reilly'
format('%s=%L', 'x', 'it''s')  =>  x='it''s'
format('%3$s %1$s', 'a', 'b', 'c')  =>  c a
            """;
}
