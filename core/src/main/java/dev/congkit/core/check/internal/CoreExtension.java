package dev.congkit.core.check.internal;

import dev.congkit.core.Extension;
import dev.congkit.core.check.LegacyEncodingCheck;
import dev.congkit.core.check.SiteCheck;

import java.util.List;

/** Core's own checks (gov.vn e-mail, the commune's domain, legacy encodings), found like any widget's. Internal. */
public final class CoreExtension implements Extension {

    @Override
    public List<SiteCheck> checks() {
        return List.of(new GovEmailCheck(), new DomainCheck(), new LegacyEncodingCheck());
    }
}
