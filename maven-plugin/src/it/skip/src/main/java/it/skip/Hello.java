package it.skip;

/** Hand-written code; compiling it shows that a skipped generation does not break the build. */
public final class Hello {
    private Hello() {}

    public static String greeting() {
        return "hello";
    }
}
