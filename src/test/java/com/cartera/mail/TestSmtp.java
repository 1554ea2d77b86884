package com.cartera.mail;

import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * The one SMTP server of the test JVM (GreenMail): started on a free port before the shared Spring context is
 * built (see {@link TestSmtpContextCustomizerFactory}), which then sends to it. Tests may stop it (the server is
 * unreachable) and start it again on the same port.
 */
public final class TestSmtp {

    private static GreenMail server;
    private static int port;

    private TestSmtp() {
    }

    /** Starts the server if it is not running; returns its port. */
    public static synchronized int start() {
        if (server == null || !server.isRunning()) {
            ServerSetup setup = port == 0 ? new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort()
                    : new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            server = new GreenMail(setup);
            server.start();
            port = server.getSmtp().getPort();
        }
        return port;
    }

    /** Stops the server: connections to its port are refused until {@link #start}. Its messages are gone. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Waits until the server has received {@code count} messages in all; false if it has not after the timeout. */
    public static boolean awaitReceived(int count, java.time.Duration timeout) {
        GreenMail running;
        synchronized (TestSmtp.class) {
            running = server;
        }
        return running != null && running.waitForIncomingEmail(timeout.toMillis(), count);
    }

    /** Every message the running server received, oldest first. */
    public static synchronized List<MimeMessage> received() {
        return server == null || !server.isRunning() ? List.of() : List.of(server.getReceivedMessages());
    }
}
