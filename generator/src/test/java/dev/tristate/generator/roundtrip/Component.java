package dev.tristate.generator.roundtrip;

/** One entry of {@code components.schemas}. */
record Component(String name, Schema schema) {}
