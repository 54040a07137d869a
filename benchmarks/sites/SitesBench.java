import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.WidgetRenderer;
import dev.congkit.core.source.SiteDirectory;
import dev.congkit.servlet.SiteResolver;
import dev.congkit.servlet.WidgetServlet;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Many communes on one server: writes N site files (the sample, each with its own host
 * xa0001.thanhhoa.gov.vn …), loads them as a SiteDirectory (start time, heap per site), and serves,
 * from one embedded Tomcat on 127.0.0.1, /one/* (WidgetServlet over the sample alone) and /many/*
 * (WidgetServlet routing by Host over all N), so that a load generator compares them side by side.
 * Run: java -cp samples/target/congkit-demo.jar benchmarks/sites/SitesBench.java SITE.json WORKDIR PORT N
 */
public final class SitesBench {

    public static void main(String[] args) throws Exception {
        Path sample = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]).toAbsolutePath());
        int port = Integer.parseInt(args[2]);
        int count = Integer.parseInt(args[3]);
        Path folder = Files.createDirectories(work.resolve("sites"));
        ObjectMapper json = new ObjectMapper();
        ObjectNode tree = (ObjectNode) json.readTree(sample.toFile());
        StringBuilder hosts = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            String host = String.format("xa%04d.thanhhoa.gov.vn", i);
            ObjectNode agency = (ObjectNode) tree.get("agency");
            agency.put("baseUrl", "https://" + host).put("fullName", "Ủy ban nhân dân xã Số " + i);
            Files.writeString(folder.resolve(String.format("xa%04d.json", i)), json.writeValueAsString(tree));
            hosts.append(host).append('\n');
        }
        Files.writeString(work.resolve("hosts.txt"), hosts);
        SiteConfig one = SiteConfigLoader.withRegisteredSections().load(sample);

        long heapBefore = usedHeap();
        long start = System.nanoTime();
        SiteDirectory directory = SiteDirectory.load(folder, System.err::println);
        long loadMillis = (System.nanoTime() - start) / 1_000_000;
        long heapAfter = usedHeap();
        System.out.printf("loaded %d sites in %d ms; heap %.1f MiB more, %.1f KiB per site%n", directory.size(), loadMillis,
                (heapAfter - heapBefore) / 1048576.0, (heapAfter - heapBefore) / 1024.0 / directory.size());

        Clock clock = Clock.system(RenderContext.VIETNAM);
        WidgetRenderer renderer = WidgetRenderer.create();
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(work.resolve("tomcat").toString());
        tomcat.setHostname("127.0.0.1");
        tomcat.setPort(port);
        tomcat.getConnector().setProperty("address", "127.0.0.1");
        Context context = tomcat.addContext("", null);
        Tomcat.addServlet(context, "one", new WidgetServlet(renderer, SiteResolver.single(one)).withClock(clock));
        context.addServletMappingDecoded("/one/*", "one");
        Tomcat.addServlet(context, "many", new WidgetServlet(renderer, SiteResolver.byHost(directory)).withClock(clock));
        context.addServletMappingDecoded("/many/*", "many");
        tomcat.start();
        System.out.println("ready");
        tomcat.getServer().await();
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
