package dev.tristate.benchmarks.json.handwritten;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * StackOne's {@code ConnectSessionTokenAuthLink}. Nine properties are optional and nullable, so they are
 * {@code JsonNullable}; NON_ABSENT leaves out the undefined ones and writes an explicit null.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public class ConnectSessionTokenAuthLink {

    /** The wire values of {@code categories}' items. */
    public enum Category {
        @JsonProperty("ats") ATS,
        @JsonProperty("hris") HRIS,
        @JsonProperty("hris-legacy") HRIS_LEGACY,
        @JsonProperty("crm") CRM,
        @JsonProperty("iam") IAM,
        @JsonProperty("marketing") MARKETING,
        @JsonProperty("lms") LMS,
        @JsonProperty("stackone") STACKONE,
        @JsonProperty("documents") DOCUMENTS,
        @JsonProperty("ticketing") TICKETING,
        @JsonProperty("screening") SCREENING,
        @JsonProperty("messaging") MESSAGING,
        @JsonProperty("accounting") ACCOUNTING,
        @JsonProperty("scheduling") SCHEDULING
    }

    /** The wire values of {@code type}. */
    public enum Type {
        @JsonProperty("production") PRODUCTION,
        @JsonProperty("test") TEST,
        @JsonProperty("unmapped_value") UNMAPPED_VALUE
    }

    @JsonProperty("id") private double id;
    @JsonProperty("organization_id") private double organizationId;
    @JsonProperty("project_id") private String projectId;
    @JsonProperty("categories") private JsonNullable<List<Category>> categories = JsonNullable.undefined();
    @JsonProperty("provider") private JsonNullable<String> provider = JsonNullable.undefined();
    @JsonProperty("origin_owner_id") private String originOwnerId;
    @JsonProperty("origin_owner_name") private String originOwnerName;
    @JsonProperty("origin_username") private JsonNullable<String> originUsername = JsonNullable.undefined();
    @JsonProperty("account_id") private JsonNullable<String> accountId = JsonNullable.undefined();
    @JsonProperty("label") private JsonNullable<String> label = JsonNullable.undefined();
    @JsonProperty("created_at") @JsonFormat(shape = JsonFormat.Shape.STRING) private OffsetDateTime createdAt;
    @JsonProperty("metadata") private JsonNullable<Map<String, Object>> metadata = JsonNullable.undefined();
    @JsonProperty("external_trigger_token")
    private JsonNullable<String> externalTriggerToken = JsonNullable.undefined();
    @JsonProperty("type") private JsonNullable<Type> type = JsonNullable.undefined();
    @JsonProperty("integration_id") private JsonNullable<UUID> integrationId = JsonNullable.undefined();
    @JsonProperty("token") private String token;
    @JsonProperty("auth_link_url") private URI authLinkUrl;

    public double getId() { return id; }
    public void setId(double id) { this.id = id; }
    public double getOrganizationId() { return organizationId; }
    public void setOrganizationId(double organizationId) { this.organizationId = organizationId; }
    public String getProjectId() { return projectId; }
    public void setProjectId(String projectId) { this.projectId = projectId; }
    public JsonNullable<List<Category>> getCategories() { return categories; }
    public void setCategories(JsonNullable<List<Category>> categories) { this.categories = categories; }
    public JsonNullable<String> getProvider() { return provider; }
    public void setProvider(JsonNullable<String> provider) { this.provider = provider; }
    public String getOriginOwnerId() { return originOwnerId; }
    public void setOriginOwnerId(String originOwnerId) { this.originOwnerId = originOwnerId; }
    public String getOriginOwnerName() { return originOwnerName; }
    public void setOriginOwnerName(String originOwnerName) { this.originOwnerName = originOwnerName; }
    public JsonNullable<String> getOriginUsername() { return originUsername; }
    public void setOriginUsername(JsonNullable<String> originUsername) { this.originUsername = originUsername; }
    public JsonNullable<String> getAccountId() { return accountId; }
    public void setAccountId(JsonNullable<String> accountId) { this.accountId = accountId; }
    public JsonNullable<String> getLabel() { return label; }
    public void setLabel(JsonNullable<String> label) { this.label = label; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(OffsetDateTime createdAt) { this.createdAt = createdAt; }
    public JsonNullable<Map<String, Object>> getMetadata() { return metadata; }
    public void setMetadata(JsonNullable<Map<String, Object>> metadata) { this.metadata = metadata; }
    public JsonNullable<String> getExternalTriggerToken() { return externalTriggerToken; }
    public void setExternalTriggerToken(JsonNullable<String> token) { this.externalTriggerToken = token; }
    public JsonNullable<Type> getType() { return type; }
    public void setType(JsonNullable<Type> type) { this.type = type; }
    public JsonNullable<UUID> getIntegrationId() { return integrationId; }
    public void setIntegrationId(JsonNullable<UUID> integrationId) { this.integrationId = integrationId; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public URI getAuthLinkUrl() { return authLinkUrl; }
    public void setAuthLinkUrl(URI authLinkUrl) { this.authLinkUrl = authLinkUrl; }
}
