package org.sift.io.deepmd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.io.FormatException;

class NpyTest {

    static final Path DATA = Paths.get("src/test/resources/data/formats");

    @TempDir
    Path tmp;

    @Test
    void readsFilesWrittenByNumpyInDpdata() throws IOException {
        // expected values printed by numpy (float(x)) from the same files
        Npy.Array coord = Npy.read(DATA.resolve("dpdata__cp2k__aimd__deepmd/set.000/coord.npy"));
        assertThat(coord.shape()).containsExactly(30, 1599);
        assertThat(coord.isInteger()).isFalse();
        assertThat(coord.row(0)).startsWith(9.91856212, 3.10968054, 9.83892356);
        assertThat(coord.row(29)).endsWith(0.09959704, 0.48416828, 36.83313531);
        Npy.Array energy = Npy.read(DATA.resolve("dpdata__cp2k__aimd__deepmd/set.000/energy.npy"));
        assertThat(energy.shape()).containsExactly(30);
        assertThat(energy.get(0)).isEqualTo(-344513.2635829211);
        assertThat(energy.get(29)).isEqualTo(-344515.2943487688);
        Npy.Array box = Npy.read(DATA.resolve("dpdata__cp2k__aimd__deepmd/set.000/box.npy"));
        assertThat(box.row(0)).containsExactly(10.451, 0, 0, 0, 12.068, 0, 0, 0, 39.754);
        Npy.Array force = Npy.read(DATA.resolve("dpdata__cp2k__aimd__deepmd/set.000/force.npy"));
        assertThat(force.row(0)).startsWith(0.06152444685272496, 0.39604916415793917, -1.181391147028103);
        assertThat(force.get(force.size() - 1)).isEqualTo(0.8600993845672467);
        Npy.Array e1 = Npy.read(DATA.resolve("dpdata__pymatgen_data__deepmd/set.000/energy.npy"));
        assertThat(e1.shape()).containsExactly(1, 1);
        assertThat(e1.get(0)).isEqualTo(-687.98669216);
        Npy.Array b1 = Npy.read(DATA.resolve("dpdata__pymatgen_data__deepmd/set.000/box.npy"));
        assertThat(b1.row(0)).startsWith(10.03919389632295, -3.8028535519296784e-19, 0.0).endsWith(9.725658936);
    }

    @Test
    void writerOutputMatchesNumpyLayoutAndReadsBack() throws IOException {
        double[] v = new double[24];
        for (int i = 0; i < v.length; i++) {
            v[i] = i * 0.5 - 3.25;
        }
        Path p = tmp.resolve("a.npy");
        Npy.write(p, new int[] {2, 3, 4}, v);
        byte[] bytes = Files.readAllBytes(p);
        int headerLen = (bytes[8] & 0xff) | (bytes[9] & 0xff) << 8;
        assertThat((10 + headerLen) % 64).isZero();
        String header = new String(bytes, 10, headerLen, StandardCharsets.ISO_8859_1);
        assertThat(header).startsWith("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3, 4), }").endsWith("\n");
        assertThat(bytes.length).isEqualTo(10 + headerLen + 24 * 8);
        Npy.Array a = Npy.read(p);
        assertThat(a.shape()).containsExactly(2, 3, 4);
        assertThat(a.reals()).containsExactly(v);
        Npy.writeInts(p, new int[] {3}, new long[] {-1, 0, Long.MAX_VALUE});
        assertThat(Npy.read(p).ints()).containsExactly(-1, 0, Long.MAX_VALUE);
        assertThat(new String(Npy.header("<f8", new int[] {5}), StandardCharsets.ISO_8859_1)).contains("'shape': (5,)");
    }

    /** Builds an .npy file by hand: version, dtype and byte order chosen by the test. */
    private static byte[] handMade(int major, String descr, String shape, boolean fortran, ByteOrder order, double[] values)
            throws IOException {
        String dict = "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False") + ", 'shape': " + shape + ", }";
        byte[] h = (dict + " ".repeat(7) + "\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
        if (major == 1) {
            out.write(h.length & 0xff);
            out.write(h.length >>> 8);
        } else {
            out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(h.length).array());
        }
        out.write(h);
        int w = descr.charAt(2) == '8' ? 8 : 4;
        ByteBuffer b = ByteBuffer.allocate(values.length * w).order(order);
        for (double x : values) {
            switch (descr.substring(1)) {
                case "f8" -> b.putDouble(x);
                case "f4" -> b.putFloat((float) x);
                case "i8" -> b.putLong((long) x);
                default -> b.putInt((int) x);
            }
        }
        out.write(b.array());
        return out.toByteArray();
    }

    @Test
    void readsVersionsByteOrdersAndTypes() throws IOException {
        double[] v = {1.5, -2.25, 3, 4e10, -7, 0.125};
        for (int major : new int[] {1, 2, 3}) {
            for (String d : List.of("<f8", ">f8", "<f4", ">f4")) {
                ByteOrder o = d.charAt(0) == '<' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
                byte[] b = handMade(major, d, "(2, 3)", false, o, v);
                Npy.Array a = Npy.read(new java.io.ByteArrayInputStream(b), "x.npy");
                assertThat(a.shape()).containsExactly(2, 3);
                for (int i = 0; i < v.length; i++) {
                    assertThat(a.get(i)).as(d + " v" + major).isEqualTo(d.endsWith("4") ? (double) (float) v[i] : v[i]);
                }
            }
            for (String d : List.of("<i8", ">i8", "<i4", ">i4")) {
                ByteOrder o = d.charAt(0) == '<' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
                double[] iv = {1, -2, 300000, 4, -70000, 0};
                Npy.Array a = Npy.read(new java.io.ByteArrayInputStream(handMade(major, d, "(6,)", false, o, iv)), "x.npy");
                assertThat(a.isInteger()).isTrue();
                assertThat(a.ints()).containsExactly(1, -2, 300000, 4, -70000, 0);
            }
        }
    }

    @Test
    void refusesFortranOrderTruncationAndUnknownTypes() throws IOException {
        byte[] f = handMade(1, "<f8", "(2, 3)", true, ByteOrder.LITTLE_ENDIAN, new double[6]);
        assertThatThrownBy(() -> Npy.read(new java.io.ByteArrayInputStream(f), "f.npy"))
                .isInstanceOf(FormatException.class).hasMessageContaining("f.npy").hasMessageContaining("Fortran");
        byte[] t = handMade(1, "<f8", "(2, 3)", false, ByteOrder.LITTLE_ENDIAN, new double[6]);
        byte[] cut = java.util.Arrays.copyOf(t, t.length - 5);
        assertThatThrownBy(() -> Npy.read(new java.io.ByteArrayInputStream(cut), "t.npy"))
                .isInstanceOf(FormatException.class).hasMessageContaining("t.npy").hasMessageContaining("truncated");
        byte[] c = handMade(1, "<c16", "(1,)", false, ByteOrder.LITTLE_ENDIAN, new double[0]);
        assertThatThrownBy(() -> Npy.read(new java.io.ByteArrayInputStream(c), "c.npy"))
                .isInstanceOf(FormatException.class).hasMessageContaining("<c16");
        assertThatThrownBy(() -> Npy.read(new java.io.ByteArrayInputStream("hello".getBytes()), "h.npy"))
                .isInstanceOf(FormatException.class).hasMessageContaining("h.npy");
    }

    private static boolean numpyAvailable() {
        try {
            Process p = new ProcessBuilder("/usr/bin/python3", "-c", "import numpy").redirectErrorStream(true).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static void python(Path dir, String script) throws IOException, InterruptedException {
        Path f = dir.resolve("script.py");
        Files.writeString(f, script);
        Process p = new ProcessBuilder("/usr/bin/python3", f.toString()).directory(dir.toFile())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }

    @Test
    void agreesWithNumpyBothWays() throws Exception {
        boolean available = numpyAvailable();
        if (System.getenv("CI") == null) {
            assumeTrue(available, "numpy not available");
        }
        assertThat(available).as("numpy is required when CI is set").isTrue();
        // numpy writes: values i*0.5-3 in several versions, byte orders and types
        python(tmp, """
                import numpy as np
                a = np.arange(24).reshape(2, 3, 4) * 0.5 - 3
                np.save('le_f8.npy', a)
                np.save('be_f8.npy', a.astype('>f8'))
                np.save('le_f4.npy', a.astype('<f4'))
                np.save('be_i4.npy', np.arange(24).reshape(2, 3, 4).astype('>i4') - 5)
                np.save('le_i8.npy', np.arange(24).reshape(2, 3, 4).astype('<i8') - 5)
                np.save('scalar.npy', np.float64(2.5))
                np.save('empty.npy', np.zeros((0, 9)))
                np.save('fortran.npy', np.asfortranarray(a))
                for v in [(1, 0), (2, 0), (3, 0)]:
                    with open('v%d.npy' % v[0], 'wb') as f:
                        np.lib.format.write_array(f, a, version=v)
                """);
        for (String name : List.of("le_f8", "be_f8", "le_f4", "v1", "v2", "v3")) {
            Npy.Array x = Npy.read(tmp.resolve(name + ".npy"));
            assertThat(x.shape()).as(name).containsExactly(2, 3, 4);
            for (int i = 0; i < 24; i++) {
                assertThat(x.get(i)).as(name).isEqualTo(i * 0.5 - 3);
            }
        }
        for (String name : List.of("be_i4", "le_i8")) {
            Npy.Array x = Npy.read(tmp.resolve(name + ".npy"));
            assertThat(x.isInteger()).isTrue();
            for (int i = 0; i < 24; i++) {
                assertThat(x.ints()[i]).isEqualTo(i - 5);
            }
        }
        assertThat(Npy.read(tmp.resolve("scalar.npy")).shape()).isEmpty();
        assertThat(Npy.read(tmp.resolve("scalar.npy")).get(0)).isEqualTo(2.5);
        assertThat(Npy.read(tmp.resolve("empty.npy")).shape()).containsExactly(0, 9);
        assertThatThrownBy(() -> Npy.read(tmp.resolve("fortran.npy"))).hasMessageContaining("Fortran");
        // Sift writes, numpy checks
        double[] v = new double[24];
        for (int i = 0; i < 24; i++) {
            v[i] = i * 0.5 - 3;
        }
        Npy.write(tmp.resolve("sift_f8.npy"), new int[] {2, 3, 4}, v);
        Npy.write(tmp.resolve("sift_1d.npy"), new int[] {3}, new double[] {1, 2, 3});
        Npy.writeInts(tmp.resolve("sift_i8.npy"), new int[] {4, 1}, new long[] {7, -8, 9, 1L << 40});
        python(tmp, """
                import numpy as np
                a = np.load('sift_f8.npy')
                assert a.dtype == np.float64 and a.shape == (2, 3, 4), (a.dtype, a.shape)
                assert (a == np.arange(24).reshape(2, 3, 4) * 0.5 - 3).all()
                b = np.load('sift_1d.npy')
                assert b.shape == (3,) and (b == [1, 2, 3]).all()
                c = np.load('sift_i8.npy')
                assert c.dtype == np.int64 and c.shape == (4, 1) and (c.ravel() == [7, -8, 9, 1 << 40]).all()
                """);
    }
}
