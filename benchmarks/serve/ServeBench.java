import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.WidgetRenderer;
import dev.congkit.servlet.SiteResolver;
import dev.congkit.servlet.WidgetServlet;
import org.apache.catalina.Context;
import org.apache.catalina.servlets.DefaultServlet;
import org.apache.catalina.startup.Tomcat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Serves, from one embedded Tomcat on 127.0.0.1, the menu widget at /widgets/menu (WidgetServlet
 * with its fragment cache) and the very same bytes as a static file at /static/menu.html (Tomcat's
 * DefaultServlet), so that a load generator can compare them side by side.
 * Run: java -cp samples/target/congkit-demo.jar benchmarks/serve/ServeBench.java SITE.json WORKDIR PORT
 */
public final class ServeBench {

    public static void main(String[] args) throws Exception {
        SiteConfig site = SiteConfigLoader.withRegisteredSections().load(Path.of(args[0]));
        Path work = Files.createDirectories(Path.of(args[1]).toAbsolutePath());
        int port = Integer.parseInt(args[2]);
        Clock clock = Clock.system(RenderContext.VIETNAM);
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(work.resolve("tomcat").toString());
        tomcat.setHostname("127.0.0.1");
        tomcat.setPort(port);
        tomcat.getConnector().setProperty("address", "127.0.0.1");
        Context context = tomcat.addContext("", null);
        Tomcat.addServlet(context, "widgets", new WidgetServlet(WidgetRenderer.create(), SiteResolver.single(site)).withClock(clock));
        context.addServletMappingDecoded("/widgets/*", "widgets");
        Path files = Files.createDirectories(work.resolve("static"));
        Context statics = tomcat.addContext("/static", files.toString());
        Tomcat.addServlet(statics, "files", new DefaultServlet());
        statics.addServletMappingDecoded("/", "files");
        statics.addMimeMapping("html", "text/html;charset=UTF-8");
        tomcat.start();
        HttpResponse<byte[]> menu = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/widgets/menu")).build(), HttpResponse.BodyHandlers.ofByteArray());
        Files.write(files.resolve("menu.html"), menu.body());
        System.out.println("ready: /widgets/menu and /static/menu.html, " + menu.body().length + " bytes each");
        tomcat.getServer().await();
    }
}
