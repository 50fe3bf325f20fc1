package io.recordgen.generator.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordgen.generator.model.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The model planners one by one: what {@link SchemaIndex} reads off the spec, how {@link
 * SchemaMapper} and {@link TypeMapping} type a schema, what {@link RecordPlanner}, {@link
 * UnionPlanner} and {@link EnumPlanner} plan and name, and that lookups after planning plan
 * nothing.
 */
class ModelPlanningTest {
  @Test
  void theIndexTellsTypesFromAliasesAndMergesAllOfParts() {
    SchemaIndex index =
        new SchemaIndex(
            Planning.spec(
                    "",
                    """
                    Pet: {type: object, required: [id], properties: {id: {type: string}}}
                    Tags: {type: array, items: {type: string}}
                    Status: {type: string, enum: [a, b]}
                    Named: {allOf: [{$ref: '#/components/schemas/Pet'}]}
                    Dog:
                      allOf:
                        - $ref: '#/components/schemas/Pet'
                        - {type: object, required: [name], properties: {name: {type: string}}}
                        - {type: string}
                    """)
                .schemas());

    assertThat(index.producesType(index.component("Pet").schema())).isTrue();
    assertThat(index.producesType(index.component("Tags").schema())).isFalse();
    assertThat(index.producesType(index.component("Status").schema())).isTrue();
    assertThat(index.producesType(index.component("Named").schema())).isFalse();
    List<Schema> ignored = new java.util.ArrayList<>();
    var merged = index.properties(index.component("Dog").schema(), ignored::add);
    assertThat(merged.keySet()).containsExactly("id", "name");
    assertThat(merged.get("id").required()).isTrue();
    assertThat(merged.get("id").declaringComponent()).isEqualTo("Pet");
    assertThat(ignored).singleElement().isInstanceOf(Schema.StringType.class);
  }

  @Test
  void formatsMapToTheirTypes() {
    var models =
        Planning.models(
            """
            T:
              type: object
              properties:
                at: {type: string, format: date-time}
                day: {type: string, format: date}
                id: {type: string, format: uuid}
                link: {type: string, format: uri}
                data: {type: string, format: byte}
                small: {type: integer, format: int32}
                big: {type: integer}
                ratio: {type: number, format: double}
                price: {type: number}
                flag: {type: boolean}
            """);

    assertThat(models.record("T").components())
        .extracting(c -> c.type().toString())
        .containsExactly(
            "java.time.OffsetDateTime",
            "java.time.LocalDate",
            "java.util.UUID",
            "java.net.URI",
            "io.recordgen.runtime.Bytes",
            "java.lang.Integer",
            "java.lang.Long",
            "java.lang.Double",
            "java.math.BigDecimal",
            "java.lang.Boolean");
  }

  @Test
  void inlineTypesAreNamedWhereTheyAppearAndIdenticalEnumsShareOne() {
    var models =
        Planning.models(
            """
            Backup:
              type: object
              properties:
                status: {type: string, enum: [BUILDING, COMPLETED]}
                detail: {type: object, properties: {size: {type: integer}}}
            Job:
              type: object
              properties:
                state: {type: string, enum: [BUILDING, COMPLETED]}
            """);

    assertThat(models.names()).containsExactly("Backup", "BackupStatus", "BackupDetail", "Job");
    assertThat(models.record("Job").components().get(0).type())
        .isEqualTo(models.type("BackupStatus").name());
  }

  @Test
  void aUniqueItemsArrayIsAListCheckedForRepeats() {
    var models =
        Planning.models(
            "T: {type: object, properties: {tags: {type: array, uniqueItems: true, items: {type: string}}}}");

    ComponentPlan tags = models.record("T").components().get(0);
    assertThat(tags.type().toString()).isEqualTo("java.util.List<java.lang.String>");
    assertThat(tags.checks()).hasAtLeastOneElementOfType(Check.UniqueItems.class);
  }

  @Test
  void readOnlyIsNotRequiredOfWhatIsSentNorWriteOnlyOfWhatIsReceived() {
    var plan =
        Planning.plan(
            """
            /pets:
              post:
                operationId: createPet
                requestBody:
                  content:
                    application/json: {schema: {$ref: '#/components/schemas/NewPet'}}
                responses:
                  '201':
                    description: created
                    content:
                      application/json: {schema: {$ref: '#/components/schemas/Pet'}}
            """,
            """
            NewPet:
              type: object
              required: [id, name, password]
              properties:
                id: {type: string, readOnly: true}
                name: {type: string}
                password: {type: string, writeOnly: true}
            Pet:
              type: object
              required: [id, password]
              properties:
                id: {type: string, readOnly: true}
                password: {type: string, writeOnly: true}
            """);

    RecordPlan sent = record(plan.plan(), "NewPet");
    RecordPlan received = record(plan.plan(), "Pet");
    assertThat(sent.components())
        .extracting(ComponentPlan::presence)
        .containsExactly(
            ComponentPlan.Presence.OPTIONAL,
            ComponentPlan.Presence.REQUIRED,
            ComponentPlan.Presence.REQUIRED);
    assertThat(received.components())
        .extracting(ComponentPlan::presence)
        .containsExactly(ComponentPlan.Presence.REQUIRED, ComponentPlan.Presence.OPTIONAL);
  }

  @Test
  void theRecordsOwnNamesKeepClearOfItsComponentsAndOfTheTypesItUses() {
    var models =
        Planning.models(
            """
            Builder: {type: object, properties: {x: {type: string}}}
            T:
              type: object
              properties:
                violations: {type: string, maxLength: 2}
                value: {type: object, nullable: true, additionalProperties: {type: string}}
                source: {type: string}
                builder: {$ref: '#/components/schemas/Builder'}
                items1: {type: array, items: {type: string, minLength: 1}}
            """);

    RecordPlan t = models.record("T");
    assertThat(t.components())
        .extracting(ComponentPlan::javaName)
        .containsExactly("violations", "value", "source", "builder2", "items1");
    assertThat(t.names().violations()).isEqualTo("violations2");
    assertThat(t.names().present()).isEqualTo("value2");
    assertThat(t.names().source()).isEqualTo("source2");
    assertThat(t.names().builderType()).isEqualTo("Builder2");
    Check.EachItem each =
        (Check.EachItem)
            t.components().get(4).checks().stream()
                .filter(c -> c instanceof Check.EachItem)
                .findFirst()
                .orElseThrow();
    assertThat(each.lambda()).isEqualTo(new Check.Lambda("items1_2", "field1", "item1"));
  }

  @Test
  void aRecordOverTheSlotLimitKeepsEveryPropertyInItsMap() {
    StringBuilder properties = new StringBuilder("W:\n  type: object\n  properties:\n");
    for (int i = 0; i < 255; i++) {
      properties.append("    p").append(i).append(": {type: string}\n");
    }
    var models = Planning.models(properties.toString());

    RecordPlan wide = models.record("W");
    assertThat(wide.components()).isEmpty();
    assertThat(wide.additional().javaName()).isEqualTo("additionalProperties");
    assertThat(models.messages())
        .singleElement()
        .asString()
        .startsWith("[RG020] #/components/schemas/W: the schema has 255 properties");
  }

  @Test
  void aUnionListsARepeatedAlternativeOnceAndNamesItsNestedTypesClearOfItsMembers() {
    var models =
        Planning.models(
            """
            Alternatives: {type: object, properties: {x: {type: string}}}
            U:
              oneOf:
                - $ref: '#/components/schemas/Alternatives'
                - $ref: '#/components/schemas/Alternatives'
                - {type: string}
            """);

    UnionPlan union = (UnionPlan) models.type("U");
    assertThat(union.members())
        .extracting(m -> m.type().simpleName())
        .containsExactly("Alternatives", "OfString");
    assertThat(union.names().alternatives()).isEqualTo("Alternatives2");
    assertThat(models.messages())
        .containsExactly(
            "[RG020] #/components/schemas/U/oneOf/1: this alternative is Alternatives again; it is"
                + " listed once");
  }

  @Test
  void aDiscriminatorPicksMembersByTheirMappedNames() {
    var models =
        Planning.models(
            """
            Cat: {type: object, required: [kind], properties: {kind: {type: string}}}
            Dog: {type: object, required: [kind], properties: {kind: {type: string}}}
            Pet:
              oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
              discriminator:
                propertyName: kind
                mapping: {cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog'}
            """);

    UnionPlan pet = (UnionPlan) models.type("Pet");
    assertThat(pet.discriminator()).isEqualTo("kind");
    assertThat(pet.members())
        .extracting(UnionPlan.Member::names)
        .containsExactly(List.of("cat"), List.of("dog"));
    assertThat(models.record("Cat").interfaces()).containsExactly(pet.name());
  }

  @Test
  void enumConstantsAreNamedAndAHugeEnumerationIsPacked() {
    StringBuilder values = new StringBuilder();
    for (int i = 0; i <= EnumPlanner.MAX_CONSTANTS; i++) {
      values.append(i == 0 ? "" : ", ").append("v").append(i);
    }
    var models =
        Planning.models(
            "Small: {type: string, enum: [en-us, known, EN_US, '1']}\nBig: {type: string, enum: ["
                + values
                + "]}");

    OpenEnumPlan small = (OpenEnumPlan) models.type("Small");
    assertThat(small.constants())
        .extracting(OpenEnumPlan.Constant::name)
        .containsExactly("EN_US", "KNOWN2", "EN_US2", "_1");
    OpenEnumPlan big = (OpenEnumPlan) models.type("Big");
    assertThat(big.constants()).isEmpty();
    assertThat(String.join("", big.packed())).startsWith("2:v02:v1").endsWith("5:v1000");
  }

  @Test
  void lookupsReadWhatPlanningMappedAndPlanNothing() {
    var models =
        Planning.models(
            """
            Pet: {type: object, properties: {tag: {$ref: '#/components/schemas/Tag'}}}
            Tag: {type: string, pattern: '^[a-z]+$'}
            Unused: {type: array, items: {type: object, properties: {x: {type: string}}}}
            """);
    List<String> before = models.names();

    assertThat(models.planner().componentType("Pet").toString()).isEqualTo("t.model.Pet");
    assertThat(models.planner().componentType("Tag").toString()).isEqualTo("java.lang.String");
    assertThat(models.planner().componentType("Unused")).isNull();
    assertThat(models.planner().typeAt("/components/schemas/Nowhere")).isNull();
    assertThat(models.names()).isEqualTo(before);
  }

  private static RecordPlan record(GenerationPlan plan, String name) {
    return (RecordPlan)
        plan.types().stream()
            .filter(t -> t.name().simpleName().equals(name))
            .findFirst()
            .orElseThrow();
  }
}
