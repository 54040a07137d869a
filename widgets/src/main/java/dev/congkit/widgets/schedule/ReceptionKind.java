package dev.congkit.widgets.schedule;

/** A reception session held on the regular cycle, or an extra one. */
public enum ReceptionKind { PERIODIC, AD_HOC }
