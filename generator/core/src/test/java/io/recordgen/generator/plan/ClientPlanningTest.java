package io.recordgen.generator.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.TypeName;
import io.recordgen.generator.diag.Diagnostic;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.load.LoadOptions;
import io.recordgen.generator.load.SpecLoader;
import io.recordgen.generator.load.SpecSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The client planners one by one: parameters, bodies, responses, pagers, jobs, and how {@link
 * ClientPlanner} names what it adds.
 */
class ClientPlanningTest {
  @Test
  void generatedNamesYieldToSpecNames() {
    var planned =
        Planning.plan(
            """
            /a/{call}:
              get:
                operationId: getPet
                tags: [pets]
                parameters:
                  - {name: call, in: path, required: true, schema: {type: string}}
                  - {name: client, in: query, required: true, schema: {type: string}}
                responses: {'204': {description: done}}
            /b:
              get:
                operationId: getPetAsync
                tags: [pets]
                responses: {'204': {description: done}}
            /c:
              get:
                operationId: getClass
                tags: [pets]
                responses: {'204': {description: done}}
            """,
            "");

    ClientPlan pets = planned.client("PetsApi");
    // Parameters are the input's components now, not locals: the field keeps its name.
    assertThat(pets.names().clientField()).isEqualTo("client");
    OperationPlan getPet = planned.operation("getPet");
    assertThat(getPet.methods().withResponse()).isEqualTo("getPetWithResponse");
    assertThat(getPet.params()).extracting(ParamPlan::javaName).containsExactly("call", "client");
    assertThat(getPet.variables().call()).isEqualTo("call");
    assertThat(planned.operation("getPetAsync").methods().withResponse())
        .isEqualTo("getPetAsyncWithResponse");
    assertThat(planned.operation("getClass2").methods().plain()).isEqualTo("getClass2");
  }

  @Test
  void suffixedNamesYieldToOperationsThatAlreadyHaveThem() {
    var planned =
        Planning.plan(
            """
            /a:
              get:
                operationId: getPet
                responses: {'204': {description: done}}
            /b:
              get:
                operationId: getPetWithResponse
                responses: {'204': {description: done}}
            """,
            "");

    assertThat(planned.operation("getPet").methods().withResponse())
        .isEqualTo("getPetWithResponse2");
    assertThat(planned.operation("getPetWithResponse").methods().withResponse())
        .isEqualTo("getPetWithResponseWithResponse");
    assertThat(planned.operation("getPet").inputType().simpleName()).isEqualTo("GetPetInput");
    assertThat(planned.operation("getPetWithResponse").inputType().simpleName())
        .isEqualTo("GetPetWithResponseInput");
  }

  @Test
  void parametersArePositionalWhenRequiredAndAListJoinsWhenNotExploded() {
    var planned =
        Planning.plan(
            """
            /items:
              get:
                operationId: listItems
                parameters:
                  - {name: ids, in: query, required: true, explode: false, schema: {type: array, items: {type: string}}}
                  - {name: tags, in: query, schema: {type: array, items: {type: string}}}
                  - {name: X-Trace, in: header, schema: {type: string}}
                responses: {'204': {description: done}}
            """,
            "");

    OperationPlan list = planned.operation("listItems");
    RecordPlan input = list.input();
    assertThat(input.name().simpleName()).isEqualTo("ListItemsInput");
    assertThat(input.kind()).isEqualTo(RecordPlan.Kind.INPUT);
    assertThat(input.builder()).isTrue();
    assertThat(input.factory().components()).containsExactly("ids");
    assertThat(input.components())
        .extracting(ComponentPlan::javaName, ComponentPlan::presence)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ids", ComponentPlan.Presence.REQUIRED),
            org.assertj.core.groups.Tuple.tuple("tags", ComponentPlan.Presence.OPTIONAL),
            org.assertj.core.groups.Tuple.tuple("xTrace", ComponentPlan.Presence.OPTIONAL));
    assertThat(list.params())
        .extracting(ParamPlan::javaName, ParamPlan::joined, ParamPlan::location)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ids", true, ParamPlan.Location.QUERY),
            org.assertj.core.groups.Tuple.tuple("tags", false, ParamPlan.Location.QUERY),
            org.assertj.core.groups.Tuple.tuple("xTrace", false, ParamPlan.Location.HEADER));
  }

  @Test
  void aClientParameterIsTakenOnceByTheFactoryAndStaysOptionalInEveryInput() {
    var planned =
        Planning.plan(
            """
            /{project}/a:
              get:
                operationId: getA
                tags: [t]
                parameters:
                  - $ref: '#/components/parameters/Project'
                  - {name: id, in: query, required: true, schema: {type: string}}
                responses: {'204': {description: done}}
            /{project}/b:
              get:
                operationId: getB
                tags: [t]
                parameters:
                  - $ref: '#/components/parameters/Project'
                  - $ref: '#/components/parameters/Client'
                responses: {'204': {description: done}}
            /c:
              get:
                operationId: getC
                tags: [t]
                responses: {'204': {description: done}}
            """,
            "",
            """
            Project:
              name: project
              in: path
              required: true
              x-recordgen-client-param: true
              schema: {type: string, pattern: '^[a-z]+$'}
            Client:
              name: client
              in: header
              x-recordgen-client-param: true
              schema: {type: string}
            """);

    ClientPlan client = planned.client("TApi");
    assertThat(client.bound())
        .extracting(
            ClientPlan.Bound::wireName,
            ClientPlan.Bound::parameter,
            ClientPlan.Bound::field,
            ClientPlan.Bound::required)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("project", "project", "project", true),
            // The factory's ApiClient parameter and the implementation's field keep their name.
            org.assertj.core.groups.Tuple.tuple("client", "client2", "client2", false));
    assertThat(client.names().clientField()).isEqualTo("client");
    assertThat(client.bound().get(0).checks()).hasSize(2);
    OperationPlan getA = planned.operation("getA");
    assertThat(getA.input().factory().components()).containsExactly("id");
    assertThat(getA.params().get(0).bound()).isEqualTo("project");
    assertThat(getA.params().get(0).nullable()).isTrue();
    assertThat(planned.operation("getB").params().get(0).bound()).isEqualTo("project");
    assertThat(planned.operation("getC").params()).isEmpty();
  }

  @Test
  void bodiesAreEncodedByTheirMediaType() {
    var planned =
        Planning.plan(
            """
            /json:
              post:
                operationId: sendJson
                requestBody:
                  content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}
                responses: {'204': {description: done}}
            /merge:
              patch:
                operationId: sendMerge
                requestBody:
                  content: {application/merge-patch+json: {schema: {$ref: '#/components/schemas/Pet'}}}
                responses: {'204': {description: done}}
            /form:
              post:
                operationId: sendForm
                requestBody:
                  content: {application/x-www-form-urlencoded: {schema: {$ref: '#/components/schemas/Pet'}}}
                responses: {'204': {description: done}}
            /text:
              post:
                operationId: sendText
                requestBody:
                  content: {text/plain: {schema: {type: string}}}
                responses: {'204': {description: done}}
            /bin:
              post:
                operationId: sendBytes
                requestBody:
                  content: {application/octet-stream: {}}
                responses: {'204': {description: done}}
            /broken:
              post:
                operationId: sendBroken
                requestBody:
                  content: {multipart/form-data: {schema: {type: string}}}
                responses: {'204': {description: done}}
            """,
            "Pet: {type: object, properties: {name: {type: string}}}");

    assertThat(planned.operation("sendJson").body().namesMediaType()).isFalse();
    assertThat(planned.operation("sendMerge").body().namesMediaType()).isTrue();
    assertThat(planned.operation("sendForm").body().encoding()).isEqualTo(BodyPlan.Encoding.FORM);
    assertThat(planned.operation("sendForm").body().parts())
        .containsExactly(new BodyPlan.Part("name", "name"));
    assertThat(planned.operation("sendText").body().type()).isEqualTo(ExternalTypes.STRING);
    assertThat(planned.operation("sendBytes").body().type()).isEqualTo(ExternalTypes.UPLOAD);
    assertThat(planned.plan().clients().get(0).operations())
        .extracting(o -> o.methods().plain())
        .doesNotContain("sendBroken");
    assertThat(planned.messages())
        .anyMatch(m -> m.startsWith("[RG030]") && m.contains("sendBroken"));
  }

  @Test
  void responsesTellTheReturnTypeTheErrorsAndTheDeclaredHeaders() {
    var planned =
        Planning.plan(
            """
            /pets:
              get:
                operationId: listPets
                responses:
                  '200':
                    description: the pets
                    headers:
                      X-Total: {schema: {type: integer, format: int32}}
                      Last-Modified: {schema: {type: string, format: date-time}}
                    content: {application/json: {schema: {type: array, items: {type: string}}}}
                  '404': {description: none}
                  4XX: {description: bad}
                  default: {description: other}
            /text:
              get:
                operationId: getText
                responses: {'200': {description: t, content: {text/plain: {}}}}
            """,
            "");

    OperationPlan list = planned.operation("listPets");
    assertThat(list.outcome().type().toString()).isEqualTo("java.util.List<java.lang.String>");
    assertThat(list.outcome().errors())
        .extracting(e -> e.exception().simpleName())
        .containsExactly("NotFoundException", "ClientErrorException", "ApiException");
    assertThat(list.outcome().headers().name().simpleName()).isEqualTo("ListPetsHeaders");
    assertThat(list.outcome().headers().headers())
        .extracting(HeadersPlan.Header::constant, h -> h.type().toString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("X_TOTAL", "java.lang.Integer"),
            org.assertj.core.groups.Tuple.tuple("LAST_MODIFIED", "java.time.OffsetDateTime"));
    assertThat(planned.operation("getText").outcome().kind())
        .isEqualTo(OperationPlan.ReturnKind.TEXT);
    assertThat(planned.operation("getText").outcome().headers()).isNull();
  }

  @Test
  void idempotencyIsSaidOnlyWhereItDiffersFromTheRuntimesDefault() {
    var planned =
        Planning.plan(
            """
            /a:
              post:
                operationId: retryablePost
                x-idempotent: true
                responses: {'204': {description: done}}
              get:
                operationId: unsafeGet
                x-idempotent: false
                responses: {'204': {description: done}}
              put:
                operationId: plainPut
                responses: {'204': {description: done}}
            """,
            "");

    assertThat(planned.operation("retryablePost").transport().idempotentOverride()).isTrue();
    assertThat(planned.operation("unsafeGet").transport().idempotentOverride()).isFalse();
    assertThat(planned.operation("plainPut").transport().idempotentOverride()).isNull();
  }

  @Test
  void anIdempotencyKeyHeaderIsPlannedAndAMalformedOneIsReportedWhereItIs() {
    var planned =
        Planning.plan(
            """
            /a:
              post:
                operationId: keyedPost
                x-recordgen-idempotency-key: Idempotency-Key
                responses: {'204': {description: done}}
              put:
                operationId: plainPut
                responses: {'204': {description: done}}
            """,
            "");
    Diagnostics bad = new Diagnostics();
    SpecLoader.load(
        new SpecSource(
            "t.yaml",
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            x-recordgen-idempotency-key: 42
            paths:
              /b:
                post:
                  operationId: badKey
                  x-recordgen-idempotency-key: Idempotency Key
                  responses: {'204': {description: done}}
            """
                .getBytes(StandardCharsets.UTF_8),
            null),
        LoadOptions.defaults(),
        bad);

    assertThat(planned.operation("keyedPost").transport().idempotencyKey())
        .isEqualTo("Idempotency-Key");
    assertThat(planned.operation("plainPut").transport().idempotencyKey()).isNull();
    assertThat(bad.all())
        .extracting(Diagnostic::format)
        .containsExactly(
            "[RG024] #/x-recordgen-idempotency-key: must be the name of a request header, such as"
                + " Idempotency-Key",
            "[RG024] #/paths/~1b/post/x-recordgen-idempotency-key: must be the name of a request"
                + " header, such as Idempotency-Key");
  }

  @Test
  void anOffsetLimitListIsPagedAndAHintThatDoesNotFitIsReported() {
    var planned =
        Planning.plan(
            """
            /pets:
              get:
                operationId: listPets
                parameters:
                  - {name: offset, in: query, schema: {type: integer, format: int32}}
                  - {name: limit, in: query, schema: {type: integer, format: int32}}
                responses:
                  '200':
                    description: a page
                    content:
                      application/json:
                        schema:
                          type: object
                          properties:
                            pets: {type: array, items: {type: string}}
                            total_count: {type: integer}
            """,
            "");
    var bad =
        Planning.plan(
            """
            /bad:
              get:
                operationId: listBad
                x-recordgen-pager: {offset: offset, limit: limit, items: /pets}
                responses: {'204': {description: done}}
            """,
            "");

    PagerPlan pager = planned.operation("listPets").pager();
    assertThat(pager.pagesMethod()).isEqualTo("listPetsPages");
    assertThat(pager.allMethod()).isEqualTo("listPetsAll");
    assertThat(pager.offsetComponent()).isEqualTo("offset");
    assertThat(pager.itemType()).isEqualTo((TypeName) ExternalTypes.STRING);
    assertThat(pager.totalAccessor()).isEqualTo("totalCount");
    assertThat(pager.offsetIsLong()).isFalse();
    assertThat(bad.plan()).isNull();
    assertThat(bad.messages())
        .contains(
            "[RG024] #/paths/~1bad/get/x-recordgen-pager: offset \"offset\" and limit \"limit\""
                + " must be optional query parameters of listBad (GET /bad)");
  }

  @Test
  void aJobIsShownByOneOperationAndAwaitedByTheOneThatStartsIt() {
    var planned =
        Planning.plan(
            """
            /jobs:
              get:
                operationId: showJob
                tags: [jobs]
                x-recordgen-job: {status: /job/status, completed: [Done], failed: [Failed]}
                parameters:
                  - {name: id, in: query, required: true, schema: {type: string}}
                responses:
                  '200':
                    description: the job
                    content: {application/json: {schema: {type: object, properties: {job: {type: object, properties: {status: {type: string}}}}}}}
            /backups:
              post:
                operationId: createBackup
                tags: [backups]
                x-recordgen-job-id: /job_id
                responses:
                  '201':
                    description: started
                    content: {application/json: {schema: {type: object, properties: {job_id: {type: string}}}}}
            """,
            "");
    var broken =
        Planning.plan(
            """
            /broken:
              post:
                operationId: createBroken
                x-recordgen-job-id: /nested/id
                responses:
                  '201':
                    description: started
                    content: {application/json: {schema: {type: object, properties: {job_id: {type: string}}}}}
            """,
            "");

    JobPlan job = planned.operation("showJob").job();
    assertThat(job.untilDoneMethod()).isEqualTo("showJobUntilDone");
    assertThat(job.probeMethod()).isEqualTo("showJobProbe");
    assertThat(job.idComponent()).isEqualTo("id");
    assertThat(job.status().steps())
        .extracting(s -> s.owner().simpleName(), JobPlan.Step::accessor)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ShowJobResponse", "job"),
            org.assertj.core.groups.Tuple.tuple("ShowJobResponseJob", "status"));
    assertThat(job.status().text()).isEqualTo(JobPlan.Text.STRING);
    JobWaitPlan waits = planned.operation("createBackup").waits();
    assertThat(waits.methodName()).isEqualTo("createBackupAndWait");
    assertThat(waits.jobIdAccessor()).isEqualTo("jobId");
    assertThat(waits.jobsApi().simpleName()).isEqualTo("JobsApi");
    assertThat(waits.probe()).isEqualTo("showJobProbe");
    assertThat(broken.plan()).isNull();
    assertThat(broken.messages())
        .contains(
            "[RG024] #/paths/~1broken/post/x-recordgen-job-id: no operation of the spec shows jobs"
                + " (x-recordgen-job)");
  }

  @Test
  void aTagWithMoreOperationsThanAClassHoldsIsSplit() {
    StringBuilder paths = new StringBuilder();
    for (int i = 0; i <= ClientPlanner.MAX_OPERATIONS; i++) {
      paths.append("/p").append(i).append(":\n  get:\n    operationId: op").append(i);
      paths.append("\n    tags: [many]\n    responses: {'204': {description: done}}\n");
    }
    var planned = Planning.plan(paths.toString(), "");

    assertThat(planned.plan().clients())
        .extracting(c -> c.api().simpleName(), c -> c.operations().size())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ManyApi", ClientPlanner.MAX_OPERATIONS),
            org.assertj.core.groups.Tuple.tuple("ManyApi2", 1));
    assertThat(planned.messages()).filteredOn(m -> m.startsWith("[RG035]")).hasSize(1);
  }

  @Test
  void anOperationWithoutIdGetsOneFromItsMethodAndPathAndRepeatsACounter() {
    var planned =
        Planning.plan(
            """
            /pets/{id}/toys:
              get:
                parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                responses: {'204': {description: done}}
            /a:
              get:
                operationId: same
                responses: {'204': {description: done}}
            /b:
              get:
                operationId: Same
                responses: {'204': {description: done}}
            """,
            "");

    assertThat(planned.plan().clients().get(0).operations())
        .extracting(o -> o.id().operationId())
        .containsExactly("getPetsToys", "same", "Same2");
    assertThat(planned.messages())
        .filteredOn(m -> m.startsWith("[RG032]") || m.startsWith("[RG031]"))
        .hasSize(2);
    assertThat(List.of(planned.plan().clients().get(0).api().simpleName()))
        .containsExactly("DefaultApi");
  }
}
