package dev.congkit.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest (Implementation-Version). */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"CổngKit " + (version == null ? "(development build)" : version)};
    }
}
