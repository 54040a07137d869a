package dev.congkit.monitor;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Commune portals on loopback, one small server per port: most are plain pages that fail several
 * requirements in different ways, a few carry more of what the rules ask, one is down (its port
 * closed), one changes between runs, some answer slowly.
 */
public final class LoopbackPortals implements AutoCloseable {

    public final List<String> urls = new ArrayList<>();
    public final AtomicBoolean changed = new AtomicBoolean();
    private final List<HttpServer> servers = new ArrayList<>();
    public final int down;
    public final int changing;
    /** The portal that gets worse when {@link #changed} is set. */
    public final int worsening;

    public LoopbackPortals(int count, int slowMillis) throws IOException {
        down = count - 1;
        changing = count - 2;
        worsening = count - 3;
        for (int i = 0; i < count; i++) {
            if (i == down) {
                try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                    urls.add("http://127.0.0.1:" + closed.getLocalPort() + "/");   // nothing listens there once this closes
                }
                continue;
            }
            int n = i;
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                if (slowMillis > 0 && n % 3 == 0) {
                    try {
                        Thread.sleep(slowMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                byte[] body = (path.equals("/") ? home(n) : "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Trang</title></head>"
                        + "<body><main><h1>Trang " + n + "</h1></main></body></html>").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(path.equals("/") || path.startsWith("/gioi-thieu") ? 200 : 404, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            servers.add(server);
            urls.add("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        }
    }

    private String home(int n) {
        boolean better = n % 4 == 0 || (n == changing && changed.get()) || (n == worsening && !changed.get());
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Ủy ban nhân dân xã số " + n + "</title></head><body>");
        html.append("<header><p>ỦY BAN NHÂN DÂN XÃ SỐ ").append(n).append("</p></header>");
        html.append("<nav><a href=\"/gioi-thieu\">Giới thiệu</a></nav><main><h1>Trang chủ</h1>");
        if (better) {
            html.append("<form role=\"search\" action=\"/tim-kiem\"><label for=\"q\">Tìm kiếm</label><input id=\"q\" name=\"q\"></form>");
            html.append("<p><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"Trụ sở xã\"></p>");
        } else {
            html.append("<p><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"></p>");
        }
        html.append("</main><footer><p>Cơ quan chủ quản: UBND xã số ").append(n).append("</p>");
        if (better) {
            html.append("<p>Địa chỉ: thôn Một, xã số ").append(n).append("</p><p>Điện thoại: 0237 3 000 00").append(n % 10)
                    .append("</p><p>Người chịu trách nhiệm: Nguyễn Văn A, Chủ tịch UBND xã</p>");
        }
        return html.append("</footer></body></html>").toString();
    }

    /** The office's CSV of these portals. */
    public String csv() {
        StringBuilder csv = new StringBuilder("Tên đơn vị,Mã đơn vị hành chính,Địa chỉ trang\n");
        for (int i = 0; i < urls.size(); i++) {
            csv.append("Xã số ").append(i).append(',').append(16500 + i).append(',').append(urls.get(i)).append('\n');
        }
        return csv.toString();
    }

    @Override
    public void close() {
        servers.forEach(s -> s.stop(0));
    }
}
