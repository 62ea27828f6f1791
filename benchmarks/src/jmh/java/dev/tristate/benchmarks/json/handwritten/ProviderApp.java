package dev.tristate.benchmarks.json.handwritten;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/** Ampersand's {@code ProviderApp}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ProviderApp {

    @JsonProperty("id") private String id;
    @JsonProperty("projectId") private String projectId;
    @JsonProperty("externalRef") private String externalRef;
    @JsonProperty("provider") private String provider;
    @JsonProperty("clientId") private String clientId;
    @JsonProperty("scopes") private List<String> scopes;
    @JsonProperty("createTime") @JsonFormat(shape = JsonFormat.Shape.STRING) private OffsetDateTime createTime;
    @JsonProperty("updateTime") @JsonFormat(shape = JsonFormat.Shape.STRING) private OffsetDateTime updateTime;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getProjectId() { return projectId; }
    public void setProjectId(String projectId) { this.projectId = projectId; }
    public String getExternalRef() { return externalRef; }
    public void setExternalRef(String externalRef) { this.externalRef = externalRef; }
    public String getProvider() { return provider; }
    public void setProvider(String provider) { this.provider = provider; }
    public String getClientId() { return clientId; }
    public void setClientId(String clientId) { this.clientId = clientId; }
    public List<String> getScopes() { return scopes; }
    public void setScopes(List<String> scopes) { this.scopes = scopes; }
    public OffsetDateTime getCreateTime() { return createTime; }
    public void setCreateTime(OffsetDateTime createTime) { this.createTime = createTime; }
    public OffsetDateTime getUpdateTime() { return updateTime; }
    public void setUpdateTime(OffsetDateTime updateTime) { this.updateTime = updateTime; }
}
