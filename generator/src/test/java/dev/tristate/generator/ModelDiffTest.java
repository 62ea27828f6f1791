package dev.tristate.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tristate.generator.evolution.Change;
import dev.tristate.generator.evolution.Change.Kind;
import dev.tristate.generator.evolution.ChangeReport;
import dev.tristate.generator.evolution.ModelDiff;
import dev.tristate.generator.model.ApiModel;
import dev.tristate.generator.model.Docs;
import dev.tristate.generator.model.EnumModel;
import dev.tristate.generator.model.ObjectModel;
import dev.tristate.generator.model.PropertyModel;
import dev.tristate.generator.model.TypeModel;
import dev.tristate.generator.model.TypeRef;
import dev.tristate.generator.model.UnionModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of change, and how it is classified for Java source and for the wire in both directions. */
class ModelDiffTest {

    private static final TypeRef STRING = new TypeRef.Scalar(TypeRef.Kind.STRING);
    private static final TypeRef INT32 = new TypeRef.Scalar(TypeRef.Kind.INT32);
    private static final TypeRef INT64 = new TypeRef.Scalar(TypeRef.Kind.INT64);

    @Test
    void identicalModelsHaveNoChanges() {
        ApiModel model = api(pet(prop("name", STRING, true, false)));
        assertThat(ModelDiff.between(model, model).changes()).isEmpty();
        assertThat(ModelDiff.between(model, model).summary()).isEqualTo("no changes");
    }

    @Test
    void modelAddedIsCompatibleAndRemovedBreaksSource() {
        ApiModel one = api(pet(prop("name", STRING, true, false)));
        ApiModel two = api(pet(prop("name", STRING, true, false)), object("Owner", prop("name", STRING, false, false)));
        Change added = only(ModelDiff.between(one, two));
        assertThat(added.kind()).isEqualTo(Kind.MODEL_ADDED);
        assertThat(added.sourceBreaking()).isFalse();
        assertThat(added.wireBreaking()).isFalse();
        Change removed = only(ModelDiff.between(two, one));
        assertThat(removed.kind()).isEqualTo(Kind.MODEL_REMOVED);
        assertThat(removed.sourceBreaking()).isTrue();
        assertThat(removed.wireBreaking()).isFalse();
    }

    @Test
    void optionalPropertyAddedIsCompatibleEverywhere() {
        Change change = only(ModelDiff.between(api(pet(prop("name", STRING, true, false))),
                api(pet(prop("name", STRING, true, false), prop("tag", STRING, false, true)))));
        assertThat(change.kind()).isEqualTo(Kind.PROPERTY_ADDED);
        assertThat(change.where()).isEqualTo("Pet.tag");
        assertThat(change.sourceBreaking()).isFalse();
        assertThat(change.wireBreaking()).isFalse();
    }

    @Test
    void requiredPropertyAddedBreaksNewClientsReadingOldJson() {
        Change change = only(ModelDiff.between(api(pet(prop("name", STRING, true, false))),
                api(pet(prop("name", STRING, true, false), prop("age", INT32, true, false)))));
        assertThat(change.kind()).isEqualTo(Kind.PROPERTY_ADDED);
        assertThat(change.oldReadsNew()).isNull();
        assertThat(change.newReadsOld()).contains("required");
    }

    @Test
    void requiredPropertyRemovedBreaksSourceAndOldClients() {
        Change change = only(ModelDiff.between(api(pet(prop("name", STRING, true, false), prop("age", INT32, true,
                false))), api(pet(prop("name", STRING, true, false)))));
        assertThat(change.kind()).isEqualTo(Kind.PROPERTY_REMOVED);
        assertThat(change.sourceBreaking()).isTrue();
        assertThat(change.oldReadsNew()).contains("read fails");
        assertThat(change.newReadsOld()).isNull();
    }

    @Test
    void optionalPropertyRemovedBreaksOnlySource() {
        Change change = only(ModelDiff.between(api(pet(prop("name", STRING, true, false), prop("age", INT32, false,
                false))), api(pet(prop("name", STRING, true, false)))));
        assertThat(change.sourceBreaking()).isTrue();
        assertThat(change.wireBreaking()).isFalse();
    }

    @Test
    void wireRenameKeepingTheJavaNameIsSourceCompatibleAndWireBreaking() {
        PropertyModel before = new PropertyModel("user_id", "userId", STRING, false, false, false, Docs.NONE);
        PropertyModel after = new PropertyModel("userId", "userId", STRING, false, false, false, Docs.NONE);
        Change change = only(ModelDiff.between(api(pet(before)), api(pet(after))));
        assertThat(change.kind()).isEqualTo(Kind.PROPERTY_RENAMED);
        assertThat(change.detail()).isEqualTo("'user_id' → 'userId' (Java name userId kept)");
        assertThat(change.sourceBreaking()).isFalse();
        assertThat(change.oldReadsNew()).isNotNull();
        assertThat(change.newReadsOld()).isNotNull();
    }

    @Test
    void wideningTypeChangeBreaksSourceAndOnlyOldClients() {
        Change change = only(ModelDiff.between(api(pet(prop("age", INT32, false, false))),
                api(pet(prop("age", INT64, false, false)))));
        assertThat(change.kind()).isEqualTo(Kind.TYPE_CHANGED);
        assertThat(change.detail()).isEqualTo("`Integer` → `Long`");
        assertThat(change.sourceBreaking()).isTrue();
        assertThat(change.oldReadsNew()).isNotNull();
        assertThat(change.newReadsOld()).isNull();
        Change narrowing = only(ModelDiff.between(api(pet(prop("age", INT64, false, false))),
                api(pet(prop("age", STRING, false, false)))));
        assertThat(narrowing.newReadsOld()).isNotNull();
    }

    @Test
    void requiredAndNullableChangesAreClassifiedByDirection() {
        Change madeRequired = only(ModelDiff.between(api(pet(prop("tag", STRING, false, false))),
                api(pet(prop("tag", STRING, true, false)))));
        assertThat(madeRequired.kind()).isEqualTo(Kind.MADE_REQUIRED);
        assertThat(madeRequired.oldReadsNew()).isNull();
        assertThat(madeRequired.newReadsOld()).isNotNull();

        Change madeOptional = only(ModelDiff.between(api(pet(prop("tag", STRING, true, false))),
                api(pet(prop("tag", STRING, false, false)))));
        assertThat(madeOptional.kind()).isEqualTo(Kind.MADE_OPTIONAL);
        assertThat(madeOptional.oldReadsNew()).isNotNull();
        assertThat(madeOptional.newReadsOld()).isNull();

        Change nullableRequired = only(ModelDiff.between(api(pet(prop("tag", STRING, true, false))),
                api(pet(prop("tag", STRING, true, true)))));
        assertThat(nullableRequired.kind()).isEqualTo(Kind.MADE_NULLABLE);
        assertThat(nullableRequired.sourceBreaking()).isTrue();
        assertThat(nullableRequired.oldReadsNew()).isNotNull();

        Change nullableOptional = only(ModelDiff.between(api(pet(prop("tag", STRING, false, false))),
                api(pet(prop("tag", STRING, false, true)))));
        assertThat(nullableOptional.wireBreaking()).as("old optional non-nullable reads null as absent").isFalse();

        Change nonNullable = only(ModelDiff.between(api(pet(prop("tag", STRING, true, true))),
                api(pet(prop("tag", STRING, true, false)))));
        assertThat(nonNullable.kind()).isEqualTo(Kind.MADE_NON_NULLABLE);
        assertThat(nonNullable.newReadsOld()).isNotNull();
    }

    @Test
    void enumValuesAddedAreCompatibleAndRemovedBreak() {
        EnumModel before = new EnumModel("Color", "/components/schemas/Color", Docs.NONE,
                List.of(new EnumModel.EnumConstant("RED", "red"), new EnumModel.EnumConstant("GREEN", "green")));
        EnumModel after = new EnumModel("Color", "/components/schemas/Color", Docs.NONE,
                List.of(new EnumModel.EnumConstant("RED", "red"), new EnumModel.EnumConstant("BLUE", "blue")));
        ChangeReport report = ModelDiff.between(api(before), api(after));
        assertThat(report.changes()).extracting(Change::kind)
                .containsExactly(Kind.ENUM_VALUE_ADDED, Kind.ENUM_VALUE_REMOVED);
        Change added = report.changes().get(0);
        assertThat(added.detail()).isEqualTo("'blue' (BLUE)");
        assertThat(added.wireBreaking()).as("open enums keep unknown values").isFalse();
        Change removed = report.changes().get(1);
        assertThat(removed.sourceBreaking()).isTrue();
        assertThat(removed.newReadsOld()).contains("'green'");
        assertThat(report.summary()).isEqualTo("2 changes (1 wire-breaking, 1 source-breaking)");
    }

    @Test
    void unionVariantsAddedAreCompatibleAndRemovedBreak() {
        UnionModel before = new UnionModel("Id", "/components/schemas/Id", Docs.NONE, List.of(
                new UnionModel.Variant(STRING, "StringValue", List.of(), List.of(), List.of(), null),
                new UnionModel.Variant(new TypeRef.Named("Pet"), "", List.of("pet"), List.of(), List.of(), null)), "kind");
        UnionModel after = new UnionModel("Id", "/components/schemas/Id", Docs.NONE, List.of(
                new UnionModel.Variant(STRING, "StringValue", List.of(), List.of(), List.of(), null),
                new UnionModel.Variant(INT64, "LongValue", List.of(), List.of(), List.of(), null)), "kind");
        ChangeReport report = ModelDiff.between(api(before), api(after));
        assertThat(report.changes()).extracting(Change::kind, Change::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.VARIANT_ADDED, "Id.LongValue"),
                org.assertj.core.groups.Tuple.tuple(Kind.VARIANT_REMOVED, "Pet"));
        assertThat(report.changes().get(0).wireBreaking()).as("an unknown variant is kept as Unknown").isFalse();
        assertThat(report.changes().get(1).sourceBreaking()).isTrue();
        assertThat(report.changes().get(1).newReadsOld()).contains("Id.Unknown");
    }

    private static Change only(ChangeReport report) {
        assertThat(report.changes()).hasSize(1);
        return report.changes().get(0);
    }

    private static ApiModel api(TypeModel... types) {
        return new ApiModel("Pets", "1", List.of(types));
    }

    private static ObjectModel pet(PropertyModel... properties) {
        return object("Pet", properties);
    }

    private static ObjectModel object(String name, PropertyModel... properties) {
        return new ObjectModel(name, "/components/schemas/" + name, Docs.NONE, List.of(properties));
    }

    private static PropertyModel prop(String name, TypeRef type, boolean required, boolean nullable) {
        return new PropertyModel(name, name, type, required, nullable, false, Docs.NONE);
    }
}
