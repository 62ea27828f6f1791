package dev.tristate.benchmarks.json.handwritten;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/** Ampersand's {@code Connection}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Connection {

    /** The wire values of {@code authScheme}. */
    public enum AuthScheme {
        @JsonProperty("none") NONE,
        @JsonProperty("apiKey") API_KEY,
        @JsonProperty("basic") BASIC,
        @JsonProperty("oauth2/authorizationCode") OAUTH2_AUTHORIZATION_CODE,
        @JsonProperty("oauth2/authorizationCodePKCE") OAUTH2_AUTHORIZATION_CODE_PKCE,
        @JsonProperty("oauth2/clientCredentials") OAUTH2_CLIENT_CREDENTIALS,
        @JsonProperty("oauth2/password") OAUTH2_PASSWORD
    }

    /** The wire values of {@code status}. */
    public enum Status {
        @JsonProperty("created") CREATED,
        @JsonProperty("working") WORKING,
        @JsonProperty("bad_credentials") BAD_CREDENTIALS
    }

    @JsonProperty("id") private String id;
    @JsonProperty("projectId") private String projectId;
    @JsonProperty("provider") private String provider;
    @JsonProperty("providerApp") private ProviderApp providerApp;
    @JsonProperty("group") private Group group;
    @JsonProperty("consumer") private Consumer consumer;
    @JsonProperty("providerWorkspaceRef") private String providerWorkspaceRef;
    @JsonProperty("providerConsumerRef") private String providerConsumerRef;
    @JsonProperty("createTime") @JsonFormat(shape = JsonFormat.Shape.STRING) private OffsetDateTime createTime;
    @JsonProperty("updateTime") @JsonFormat(shape = JsonFormat.Shape.STRING) private OffsetDateTime updateTime;
    @JsonProperty("authScheme") private AuthScheme authScheme;
    @JsonProperty("status") private Status status;
    @JsonProperty("oauth2AuthorizationCode") private OAuth2Tokens oauth2AuthorizationCode;
    @JsonProperty("apiKey") private String apiKey;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getProjectId() { return projectId; }
    public void setProjectId(String projectId) { this.projectId = projectId; }
    public String getProvider() { return provider; }
    public void setProvider(String provider) { this.provider = provider; }
    public ProviderApp getProviderApp() { return providerApp; }
    public void setProviderApp(ProviderApp providerApp) { this.providerApp = providerApp; }
    public Group getGroup() { return group; }
    public void setGroup(Group group) { this.group = group; }
    public Consumer getConsumer() { return consumer; }
    public void setConsumer(Consumer consumer) { this.consumer = consumer; }
    public String getProviderWorkspaceRef() { return providerWorkspaceRef; }
    public void setProviderWorkspaceRef(String workspaceRef) { this.providerWorkspaceRef = workspaceRef; }
    public String getProviderConsumerRef() { return providerConsumerRef; }
    public void setProviderConsumerRef(String providerConsumerRef) { this.providerConsumerRef = providerConsumerRef; }
    public OffsetDateTime getCreateTime() { return createTime; }
    public void setCreateTime(OffsetDateTime createTime) { this.createTime = createTime; }
    public OffsetDateTime getUpdateTime() { return updateTime; }
    public void setUpdateTime(OffsetDateTime updateTime) { this.updateTime = updateTime; }
    public AuthScheme getAuthScheme() { return authScheme; }
    public void setAuthScheme(AuthScheme authScheme) { this.authScheme = authScheme; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public OAuth2Tokens getOauth2AuthorizationCode() { return oauth2AuthorizationCode; }
    public void setOauth2AuthorizationCode(OAuth2Tokens tokens) { this.oauth2AuthorizationCode = tokens; }
    public String getApiKey() { return apiKey; }
    public void setApiKey(String apiKey) { this.apiKey = apiKey; }
}
