package dev.freshet.server;

import dev.freshet.server.fake.FakeEngine;

/** The launcher wired to a {@link FakeEngine}, for tests that run it as a separate process. */
public final class FakeEngineMain {
    private FakeEngineMain() {}

    public static void main(String[] args) {
        int code =
                FreshetMain.run(
                        args,
                        System.out,
                        System.err,
                        options -> FreshetServer.start(options, new FakeEngine()),
                        FreshetMain::serveUntilSignal);
        if (code != 0) {
            System.exit(code);
        }
    }
}
