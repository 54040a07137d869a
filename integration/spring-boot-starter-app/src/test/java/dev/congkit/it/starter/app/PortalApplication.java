package dev.congkit.it.starter.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A vendor's portal whose whole CổngKit set-up is the starter on the class path and congkit.* properties. */
@SpringBootApplication
public class PortalApplication {
}
