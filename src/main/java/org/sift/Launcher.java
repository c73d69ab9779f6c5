package org.sift;

import java.util.Arrays;
import org.sift.cli.SiftCli;

/**
 * Entry point of the jar and of the installers. With a subcommand (or {@code --help},
 * {@code --version}) it runs the command line; otherwise it opens the workbench, with any
 * arguments taken as files to open.
 *
 * <p>It does not extend {@code javafx.application.Application}, so that a plain classpath or a
 * shaded jar can start JavaFX.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && (args[0].startsWith("-") || SiftCli.isSubcommand(args[0]))) {
            System.exit(SiftCli.run(args));
        }
        GuiLauncher.launch(Arrays.copyOf(args, args.length));
    }
}
