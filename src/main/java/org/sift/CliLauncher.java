package org.sift;

import org.sift.cli.SiftCli;

/**
 * Entry point of the installers' command-line launcher ({@code sift}, or {@code sift-cli} on Windows and
 * macOS). Unlike {@link Launcher} it never opens the workbench: without arguments it prints the usage,
 * and an argument that is not a subcommand is a usage error (exit code 2) rather than a file to open.
 */
public final class CliLauncher {

    private CliLauncher() {
    }

    public static void main(String[] args) {
        System.exit(SiftCli.run(args.length == 0 ? new String[] {"--help"} : args));
    }
}
