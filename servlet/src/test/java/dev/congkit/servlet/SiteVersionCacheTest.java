package dev.congkit.servlet;

import dev.congkit.core.TestSites;
import dev.congkit.core.model.Agency;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.WidgetRenderer;
import dev.congkit.core.source.SiteData;
import dev.congkit.core.source.SiteSource;
import dev.congkit.core.source.SitesByHost;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fragment caches key on the data version a source gives, not on the configuration instance. */
class SiteVersionCacheTest {

    private static SiteConfig named(String name) {
        Agency a = TestSites.mauSon();
        return SiteConfig.of(new Agency(name, null, null, a.level(), a.parent(), null, null, a.address(), a.phone(), null,
                a.email(), null, a.baseUrl(), a.logo(), null));
    }

    @Test
    void aSourceBuildingTheSitePerRequestHitsTheCacheUntilItsVersionChanges() throws Exception {
        AtomicReference<String> name = new AtomicReference<>("Ủy ban nhân dân xã Mẫu Sơn");
        AtomicReference<String> version = new AtomicReference<>("1");
        AtomicInteger builds = new AtomicInteger();
        // what a vendor's database source does: a new SiteConfig on every request
        SiteSource perRequest = () -> {
            builds.incrementAndGet();
            return new SiteData(named(name.get()), version.get());
        };
        try (TestServer server = new TestServer(Map.of("/widgets/*",
                new WidgetServlet(WidgetRenderer.create(), SiteResolver.of(perRequest)).withClock(TestSites.MONDAY_23_11_2026)))) {
            assertTrue(server.get("/widgets/header").body().contains("xã Mẫu Sơn"));
            name.set("Ủy ban nhân dân xã Cẩm Thành");
            String cached = server.get("/widgets/header").body();
            assertTrue(cached.contains("xã Mẫu Sơn") && !cached.contains("Cẩm Thành"),
                    "same version: the fragment comes from the cache although the instance is new");
            assertEquals(2, builds.get());
            version.set("2");
            String fresh = server.get("/widgets/header").body();
            assertTrue(fresh.contains("xã Cẩm Thành") && !fresh.contains("Mẫu Sơn"), "a new version misses the cache");
        }
    }

    @Test
    void sitesByHostAnswer404ForAnyOtherHost() throws Exception {
        SiteData mauSon = SiteData.fixed(TestSites.minimal());
        SitesByHost sites = host -> host.equals("mauson.thanhhoa.gov.vn") ? Optional.of(mauSon) : Optional.empty();
        try (TestServer server = new TestServer(Map.of("/widgets/*", new WidgetServlet(WidgetRenderer.create(), SiteResolver.byHost(sites)),
                "*.vcf", new VCardServlet(SiteResolver.byHost(sites))))) {
            var unknown = server.get("/widgets/header");   // Host: 127.0.0.1
            assertEquals(404, unknown.statusCode());
            assertEquals("Unknown site\n", unknown.body());
            assertEquals(404, server.get("/lanh-dao.vcf").statusCode());
            assertFalse(unknown.body().contains("Mẫu Sơn"));
        }
    }
}
