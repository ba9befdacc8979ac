package dev.freshet.server;

/** Placeholder entry point; replaced by the real launcher. */
public final class FreshetMain {
    private FreshetMain() {}

    public static void main(String[] args) {
        System.out.println("freshet");
    }
}
