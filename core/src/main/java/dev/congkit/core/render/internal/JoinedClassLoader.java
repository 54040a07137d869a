package dev.congkit.core.render.internal;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Finds classes and resources in several class loaders, in order: a widget's templates and labels in
 * its own jar, the shared ones in core's, wherever each is visible. Under OSGi each bundle has its own
 * loader and none sees the others' resources. Internal.
 */
public final class JoinedClassLoader extends ClassLoader {

    private final List<ClassLoader> loaders;

    private JoinedClassLoader(List<ClassLoader> loaders) {
        super(null);
        this.loaders = loaders;
    }

    /** One loader for all of {@code loaders} (nulls and repeats dropped); the loader itself when only one. */
    public static ClassLoader of(List<ClassLoader> loaders) {
        List<ClassLoader> distinct = new ArrayList<>(new LinkedHashSet<>(loaders.stream().filter(Objects::nonNull).toList()));
        return distinct.size() == 1 ? distinct.get(0) : new JoinedClassLoader(List.copyOf(distinct));
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        for (ClassLoader loader : loaders) {
            try {
                return loader.loadClass(name);
            } catch (ClassNotFoundException notThere) {
                // the next loader may have it
            }
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
        for (ClassLoader loader : loaders) {
            URL url = loader.getResource(name);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        LinkedHashSet<URL> all = new LinkedHashSet<>();
        for (ClassLoader loader : loaders) {
            all.addAll(Collections.list(loader.getResources(name)));
        }
        return Collections.enumeration(all);
    }
}
