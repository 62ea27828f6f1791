package dev.tristate.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One child process, timed from start to exit, with its peak resident set size read from /proc while it runs
 * (VmHWM: the kernel's own high-water mark, so polling only has to catch the last value before exit).
 *
 * @param millis wall time
 * @param peakKb peak RSS in KiB (0 where /proc is not available)
 * @param exitCode the process's exit code
 * @param output what it printed (stdout and stderr)
 */
record Measured(long millis, long peakKb, int exitCode, String output) {

    static Measured run(List<String> command, Path log) throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        long peak = 0;
        while (!process.waitFor(5, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, highWaterMark(status));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Measured(millis, peak, process.exitValue(), Files.readString(log));
    }

    private static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process may exit between waitFor and the read; the last value read stands.
        }
        return 0;
    }
}
