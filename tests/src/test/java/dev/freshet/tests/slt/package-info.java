/**
 * sqllogictest over JDBC, in the dialect RisingWave's end-to-end suite uses (the sqllogictest-rs
 * format): {@link dev.freshet.tests.slt.SltParser} turns a file and its {@code include}s into
 * {@link dev.freshet.tests.slt.SltRecord}s, {@link dev.freshet.tests.slt.SltRunner} runs them on
 * one connection and compares results the way sqllogictest-rs does by default, and {@link
 * dev.freshet.tests.slt.SltSuite} makes JUnit dynamic tests out of a list of files, honouring a
 * {@link dev.freshet.tests.slt.SkipList}.
 *
 * <p>May import {@code dev.freshet.tests}, pgjdbc and JUnit; never Freshet code.
 */
package dev.freshet.tests.slt;
