package org.sift;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.sift.cli.SiftCli;

/**
 * Entry point of the jar and of the installers. With a subcommand (or {@code --help},
 * {@code --version}) it runs the command line; otherwise it opens the workbench, with any
 * arguments taken as files to open.
 *
 * <p>A first argument that is neither an existing file nor looks like a file name (no dot, no
 * folder separator: a mistyped subcommand such as {@code selct}) goes to the command line, which
 * prints the usage error and exits with 2. Without a display (Linux or another Unix with neither
 * {@code DISPLAY} nor {@code WAYLAND_DISPLAY} set) the workbench cannot open: Sift says so and
 * prints the usage with exit code 2.
 *
 * <p>It does not extend {@code javafx.application.Application}, so that a plain classpath or a
 * shaded jar can start JavaFX.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        if (args.length > 0 && (args[0].startsWith("-") || SiftCli.isSubcommand(args[0]) || !looksLikeFile(args[0]))) {
            System.exit(SiftCli.run(args));
        }
        if (!hasDisplay()) {
            System.err.println(
                    "sift: no display to open " + (args.length == 0 ? "the workbench" : args[0] + " in the workbench")
                            + " on (DISPLAY is not set); give a subcommand to use the command line");
            SiftCli.run("--help");
            System.exit(SiftCli.USAGE);
        }
        GuiLauncher.launch(Arrays.copyOf(args, args.length));
    }

    /** True if {@code arg} names an existing file or folder, or has a dot or a folder separator. */
    static boolean looksLikeFile(String arg) {
        if (arg.contains(".") || arg.contains("/") || arg.contains("\\")) {
            return true;
        }
        try {
            return Files.exists(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** False on Linux and other Unix systems without an X11 or Wayland display; true on Windows and macOS. */
    static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
