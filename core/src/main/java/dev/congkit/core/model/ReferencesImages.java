package dev.congkit.core.model;

import java.util.List;

/** A section that puts images on the site; paths are relative to the section. */
public interface ReferencesImages {

    List<ImageUse> imageUses();
}
