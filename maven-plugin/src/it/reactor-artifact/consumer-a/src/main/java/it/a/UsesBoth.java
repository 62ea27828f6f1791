package it.a;

/** Compiles only if both executions generated their package. */
public final class UsesBoth {
    public static String describe(it.a.pets.Pet pet, it.a.orders.Order order) {
        return pet.getName() + " " + order.getId();
    }
}
