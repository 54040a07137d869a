package dev.congkit.servlet;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Unknown names are answered 404 and never remembered: a flood of them cannot grow the servlet's memory. */
class StaticResourceFloodTest {

    @Test
    void aFloodOfUniqueUnknownNamesLeavesTheCacheAsItWas() throws Exception {
        StaticResourceServlet files = new StaticResourceServlet();
        try (TestServer server = new TestServer(Map.of("/congkit/*", files))) {
            assertEquals(200, server.get("/congkit/congkit.css").statusCode());
            assertEquals(1, files.cached());
            String padding = "a".repeat(150);
            for (int i = 0; i < 3000; i++) {
                assertEquals(404, server.get("/congkit/khong-co-" + i + padding + ".css").statusCode());
            }
            assertEquals(404, server.get("/congkit/" + "b".repeat(7000) + ".css").statusCode(), "a name longer than any file's");
            assertEquals(1, files.cached(), "files kept in memory after 3 001 unknown names");
            assertEquals(200, server.get("/congkit/congkit.css").statusCode());
        }
    }
}
