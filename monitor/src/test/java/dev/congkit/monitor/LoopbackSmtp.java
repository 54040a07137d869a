package dev.congkit.monitor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An SMTP server on loopback that takes every message and keeps it whole (the few commands a client sends, no TLS, no log-in). */
final class LoopbackSmtp implements AutoCloseable {

    final List<String> messages = new CopyOnWriteArrayList<>();
    private final ServerSocket server;
    private final Thread thread;

    LoopbackSmtp() throws IOException {
        server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "loopback-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                client.setSoTimeout(10_000);
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
                OutputStream out = client.getOutputStream();
                say(out, "220 loopback ESMTP");
                String line;
                while ((line = in.readLine()) != null) {
                    String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line;
                    if (command.equals("EHLO") || command.equals("HELO")) {
                        say(out, "250 loopback");
                    } else if (command.equals("DATA")) {
                        say(out, "354 end with a dot");
                        StringBuilder message = new StringBuilder();
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            message.append(line.startsWith("..") ? line.substring(1) : line).append('\n');
                        }
                        messages.add(message.toString());
                        say(out, "250 kept");
                    } else if (command.equals("QUIT")) {
                        say(out, "221 bye");
                        break;
                    } else {
                        say(out, "250 ok");
                    }
                }
            } catch (IOException e) {
                // the server closed, or a client went away: take the next one
            }
        }
    }

    private static void say(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
