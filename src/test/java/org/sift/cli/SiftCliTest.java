package org.sift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SiftCliTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SiftCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void everySubcommandReportsTheVersionAndHasHelp() {
        for (String name : SiftCli.subcommandNames()) {
            String[] v = run(name, "--version");
            assertThat(v[0]).as(name).isEqualTo("0");
            assertThat(v[1]).as(name).startsWith("Sift ");
            String[] h = run(name, "--help");
            assertThat(h[0]).as(name).isEqualTo("0");
            assertThat(h[1]).as(name).contains("Usage: sift " + name);
        }
        assertThat(SiftCli.subcommandNames()).contains("info", "convert", "similarity", "select", "analyze", "synth");
    }

    @Test
    void usageErrorsAndMissingFilesHaveTheirExitCodes() {
        String[] unknown = run("info", "--no-such-option", "x");
        assertThat(unknown[0]).isEqualTo(String.valueOf(SiftCli.USAGE));
        String[] missing = run("info", "/no/such/file.extxyz");
        assertThat(missing[0]).isEqualTo(String.valueOf(SiftCli.BAD_INPUT));
        assertThat(missing[2]).contains("no such file: /no/such/file.extxyz");
    }

    @Test
    void infoReportsGroupsAndLabelsOfTheRealSample() throws Exception {
        String file = java.nio.file.Path.of(SiftCliTest.class.getResource("/data/lisi-dftb/LixSi64-dftb.extxyz.gz").toURI()).toString();
        String[] r = run("info", file);
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).contains("configurations: 107").contains("species: Li Si")
                .contains("Li15Si4").contains("energy").contains("config_type");
    }
}
