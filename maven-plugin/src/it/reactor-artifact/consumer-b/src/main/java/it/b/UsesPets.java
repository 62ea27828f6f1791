package it.b;

/** Compiles only if the spec artifact was unpacked with its referenced file. */
public final class UsesPets {
    public static String street(it.b.pets.Pet pet) {
        return pet.getHome().flatMap(it.b.pets.Address::getStreet).orElse("");
    }
}
