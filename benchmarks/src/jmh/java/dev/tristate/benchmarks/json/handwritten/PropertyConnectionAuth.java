package dev.tristate.benchmarks.json.handwritten;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Unified.to's {@code property_Connection_auth}: every property optional, none nullable. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PropertyConnectionAuth {

    @JsonProperty("access_token") private String accessToken;
    @JsonProperty("api_url") private URI apiUrl;
    @JsonProperty("app_id") private String appId;
    @JsonProperty("authorize_url") private URI authorizeUrl;
    @JsonProperty("client_id") private String clientId;
    @JsonProperty("client_secret") private String clientSecret;
    @JsonProperty("consumer_key") private String consumerKey;
    @JsonProperty("consumer_secret") private String consumerSecret;
    @JsonProperty("emails") private List<String> emails;
    @JsonProperty("expires_in") private Double expiresIn;
    @JsonProperty("expiry_date") @JsonFormat(shape = JsonFormat.Shape.STRING) private OffsetDateTime expiryDate;
    @JsonProperty("key") private String key;
    @JsonProperty("meta") private Map<String, Object> meta;
    @JsonProperty("name") private String name;
    @JsonProperty("other_auth_info") private List<String> otherAuthInfo;
    @JsonProperty("pem") private String pem;
    @JsonProperty("refresh_token") private String refreshToken;
    @JsonProperty("state") private String state;
    @JsonProperty("token") private String token;
    @JsonProperty("token_url") private URI tokenUrl;

    public String getAccessToken() { return accessToken; }
    public void setAccessToken(String accessToken) { this.accessToken = accessToken; }
    public URI getApiUrl() { return apiUrl; }
    public void setApiUrl(URI apiUrl) { this.apiUrl = apiUrl; }
    public String getAppId() { return appId; }
    public void setAppId(String appId) { this.appId = appId; }
    public URI getAuthorizeUrl() { return authorizeUrl; }
    public void setAuthorizeUrl(URI authorizeUrl) { this.authorizeUrl = authorizeUrl; }
    public String getClientId() { return clientId; }
    public void setClientId(String clientId) { this.clientId = clientId; }
    public String getClientSecret() { return clientSecret; }
    public void setClientSecret(String clientSecret) { this.clientSecret = clientSecret; }
    public String getConsumerKey() { return consumerKey; }
    public void setConsumerKey(String consumerKey) { this.consumerKey = consumerKey; }
    public String getConsumerSecret() { return consumerSecret; }
    public void setConsumerSecret(String consumerSecret) { this.consumerSecret = consumerSecret; }
    public List<String> getEmails() { return emails; }
    public void setEmails(List<String> emails) { this.emails = emails; }
    public Double getExpiresIn() { return expiresIn; }
    public void setExpiresIn(Double expiresIn) { this.expiresIn = expiresIn; }
    public OffsetDateTime getExpiryDate() { return expiryDate; }
    public void setExpiryDate(OffsetDateTime expiryDate) { this.expiryDate = expiryDate; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public Map<String, Object> getMeta() { return meta; }
    public void setMeta(Map<String, Object> meta) { this.meta = meta; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public List<String> getOtherAuthInfo() { return otherAuthInfo; }
    public void setOtherAuthInfo(List<String> otherAuthInfo) { this.otherAuthInfo = otherAuthInfo; }
    public String getPem() { return pem; }
    public void setPem(String pem) { this.pem = pem; }
    public String getRefreshToken() { return refreshToken; }
    public void setRefreshToken(String refreshToken) { this.refreshToken = refreshToken; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public URI getTokenUrl() { return tokenUrl; }
    public void setTokenUrl(URI tokenUrl) { this.tokenUrl = tokenUrl; }
}
