package dev.tristate.generator.cli;

import java.io.PrintStream;

/** Lets tests in other packages run the command line in-process, as {@code java -jar} would (without the exit). */
public final class CliRunner {

    private CliRunner() {}

    /** {@link Main#run}: the exit code; what the user would see goes to {@code out} and {@code err}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return Main.run(args, out, err);
    }
}
