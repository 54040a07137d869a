package dev.congkit.feedback;

import dev.congkit.servlet.SiteResolver;
import dev.congkit.store.SiteStore;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

public final class FeedbackSetup implements ServletContainerInitializer {
    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext ctx) {
        SiteStore store = (SiteStore) ctx.getAttribute("congkit.store");     // the portal's CổngKit store, opened at start
        SiteResolver resolver = SiteResolver.byHost(store);
        FeedbackStore messages = FeedbackStore.on(store);                    // its own tables, beside the sites
        RatingStore ratings = RatingStore.on(store);
        FeedbackOptions options = FeedbackOptions.defaults().withRetention(Duration.ofDays(365));
        PageLayout layout = PageLayout.standalone();                         // or the portal's own page around the form
        ServletRegistration.Dynamic form = ctx.addServlet("congkit-feedback",
                new FeedbackServlet(resolver, messages, messages, layout, options, Clock.systemUTC()));
        form.setMultipartConfig(FeedbackServlet.multipartConfig(options));
        form.addMapping("/lien-he-gop-y", "/lien-he-gop-y/*");
        FeedbackAuthorizer staff = request -> request.isUserInRole("tiep-nhan-phan-anh");   // the portal's own login
        ctx.addServlet("congkit-feedback-staff", new FeedbackStaffServlet(resolver, messages, ratings, staff, layout, Clock.systemUTC()))
                .addMapping("/lien-he-gop-y/quan-ly/*");
        ctx.addServlet("congkit-rating", new RatingServlet(resolver, ratings, RateLimiter.perMinute(options.postsPerMinute()), Clock.systemUTC()))
                .addMapping(RatingWidget.ACTION);
    }
}
