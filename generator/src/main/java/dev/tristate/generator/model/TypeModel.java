package dev.tristate.generator.model;

/** A type that becomes one Java source file. */
public sealed interface TypeModel permits ObjectModel, EnumModel, UnionModel, ViewModel {

    /** The simple Java class name, unique within the generated package. */
    String className();

    /** Where the schema is in the spec, as a JSON pointer ("/components/schemas/Connection"). */
    String schemaPointer();

    Docs docs();
}
