package dev.congkit.servlet;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * congkit-servlet brings no image stack: not congkit-image, not Thumbnailator, not TwelveMonkeys'
 * readers (which register JVM-wide and can hold a web application's class loader after a
 * redeploy). The upload endpoint that needs them is congkit-upload.
 */
class ServletDependenciesTest {

    @Test
    void theImageStackIsNotOnTheClassPath() {
        // the test class path holds the compile, runtime and test dependencies alike
        for (String type : new String[] {"dev.congkit.image.ImageResizer", "net.coobird.thumbnailator.Thumbnails",
            "com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReader", "com.twelvemonkeys.imageio.plugins.webp.WebPImageReader"}) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(type, false, getClass().getClassLoader()), type);
        }
    }

    @Test
    void thePomDeclaresNoImageModule() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        assertFalse(pom.contains("<artifactId>congkit-image</artifactId>"), "congkit-servlet's pom.xml names congkit-image");
        assertFalse(pom.contains("twelvemonkeys") || pom.contains("thumbnailator"), "congkit-servlet's pom.xml names an image library");
    }
}
