package org.sift.io.extxyz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast number parser of the reader gives the very double that {@code Double.parseDouble} gives. */
class FastDoubleTest {

    private static void same(String t) {
        long want = Double.doubleToRawLongBits(Double.parseDouble(t));
        assertThat(Double.doubleToRawLongBits(CommentLine.fastDouble(t))).as(t).isEqualTo(want);
        char[] padded = ("  " + t + " x").toCharArray();
        assertThat(Double.doubleToRawLongBits(CommentLine.fastDouble(padded, 2, t.length()))).as(t + " in place").isEqualTo(want);
    }

    @Test
    void shortestReprAndLongDigitStringsParseToTheSameDouble() {
        Random r = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            double x = Double.longBitsToDouble(r.nextLong());
            if (Double.isNaN(x) || Double.isInfinite(x)) {
                continue;
            }
            same(Double.toString(x));
            same(String.format(Locale.ROOT, "%.17e", x));
            same(String.format(Locale.ROOT, "%.25g", x));
        }
        for (int i = 0; i < 100_000; i++) {
            // decimal strings as codes print them: up to 25 digits, exponents -330..310
            StringBuilder sb = new StringBuilder(r.nextBoolean() ? "-" : "");
            int digits = 1 + r.nextInt(25);
            for (int d = 0; d < digits; d++) {
                sb.append((char) ('0' + r.nextInt(10)));
                if (d == 0 && r.nextBoolean()) {
                    sb.append('.');
                }
            }
            if (r.nextBoolean()) {
                sb.append(r.nextBoolean() ? 'e' : 'E').append(r.nextInt(640) - 330);
            }
            same(sb.toString());
        }
        for (String t : new String[] {"0", "-0.0", "1e-400", "4.9e-324", "2.2250738585072011e-308", "1.7976931348623157e308",
            "1e309", "9007199254740993", "0.1", "+3.5", "2.870341008649166", "-0.06210809705781687"}) {
            same(t);
        }
    }

    @Test
    void malformedTokensAreRejected() {
        for (String t : new String[] {"1-2", "--1", "e5", ".", "1e", "1.2.3"}) {
            assertThatThrownBy(() -> CommentLine.fastDouble(t)).as(t).isInstanceOf(NumberFormatException.class);
            assertThat(CommentLine.parseReal(t)).as(t).isNull();
        }
    }
}
