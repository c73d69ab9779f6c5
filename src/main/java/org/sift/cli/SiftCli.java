package org.sift.cli;

import java.io.PrintWriter;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sift} command line. Exit codes: 0 success, 1 bad input (unreadable or malformed file,
 * refused overwrite), 2 usage error, 3 cancelled or interrupted, 4 internal error.
 */
@Command(
        name = "sift",
        mixinStandardHelpOptions = true,
        versionProvider = SiftCli.Version.class,
        description = "Curate training sets for machine-learning interatomic potentials: SOAP similarity, "
                + "farthest point sampling, subsets.",
        subcommands = {
            InfoCommand.class,
            ConvertCommand.class,
            SimilarityCommand.class,
            SelectCommand.class,
            ReplayCommand.class,
            AnalyzeCommand.class,
            FiguresCommand.class,
            LearnCommand.class,
            CompareCommand.class,
            SynthCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:bad input (unreadable or malformed file, refused overwrite)",
            "2:usage error",
            "3:cancelled",
            "4:internal error"
        })
public final class SiftCli implements Runnable {

    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;
    public static final int CANCELLED = 3;
    public static final int INTERNAL = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Signal handling of this process, or null (commands run in-process by tests). */
    private final Interrupts interrupts;

    SiftCli() {
        this(null);
    }

    private SiftCli(Interrupts interrupts) {
        this.interrupts = interrupts;
    }

    /**
     * A progress bar on the command's standard error, cancelled by Ctrl-C or SIGTERM when the
     * command runs as a process.
     */
    static ConsoleProgress progress(CommandLine.Model.CommandSpec command, boolean enabled) {
        CommandLine cl = command.commandLine();
        ConsoleProgress p = new ConsoleProgress(cl.getErr(), enabled);
        while (cl.getParent() != null) {
            cl = cl.getParent();
        }
        if (cl.getCommand() instanceof SiftCli root && root.interrupts != null) {
            root.interrupts.watch(p);
        }
        return p;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A fresh command line, output to the given writers (tests pass string writers). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, null);
    }

    private static CommandLine commandLine(PrintWriter out, PrintWriter err, Interrupts interrupts) {
        CommandLine cl = new CommandLine(new SiftCli(interrupts));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new Errors());
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(new Version());
        }
        return cl;
    }

    /**
     * Runs a command as this process: Ctrl-C and SIGTERM cancel it (exit code 3, see
     * {@link Interrupts}). The caller exits with the returned code.
     */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        Interrupts interrupts = new Interrupts(err);
        interrupts.install();
        int code = commandLine(out, err, interrupts).execute(args);
        out.flush();
        err.flush();
        if (!interrupts.finished(code)) {
            // a signal arrived: the shutdown hook ends the process with this code
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return code;
    }

    public static boolean isSubcommand(String name) {
        return subcommandNames().contains(name);
    }

    public static Set<String> subcommandNames() {
        return new CommandLine(new SiftCli()).getSubcommands().keySet();
    }

    /** Version from the jar manifest (or "dev" when run from classes). */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Sift " + version()};
        }
    }

    public static String version() {
        String v = SiftCli.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** Maps exceptions to exit codes with a one-line message on stderr. */
    static final class Errors implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
            PrintWriter err = cl.getErr();
            if (ex instanceof org.sift.concurrent.CancelledException) {
                err.println("sift: cancelled");
                return CANCELLED;
            }
            if (ex instanceof java.io.IOException || ex instanceof IllegalArgumentException) {
                String msg = ex.getMessage();
                if (ex instanceof java.nio.file.NoSuchFileException) {
                    msg = "no such file: " + msg;
                } else if (ex instanceof java.nio.file.FileAlreadyExistsException f) {
                    msg = f.getFile() + ": "
                            + (f.getReason() == null ? "exists (use --force to overwrite)" : f.getReason());
                }
                err.println("sift: " + msg);
                return BAD_INPUT;
            }
            err.println("sift: internal error: " + ex);
            ex.printStackTrace(err);
            return INTERNAL;
        }
    }
}
