package dev.tristate.benchmarks.json.handwritten;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/** Ampersand's {@code Oauth2AuthorizationCodeTokensOnly}; its two inline token schemas have one shape. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class OAuth2Tokens {

    /** An access or refresh token. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Token {
        @JsonProperty("token") private String token;
        @JsonProperty("issuedAt") @JsonFormat(shape = JsonFormat.Shape.STRING) private OffsetDateTime issuedAt;
        @JsonProperty("expiresAt") @JsonFormat(shape = JsonFormat.Shape.STRING) private OffsetDateTime expiresAt;

        public String getToken() { return token; }
        public void setToken(String token) { this.token = token; }
        public OffsetDateTime getIssuedAt() { return issuedAt; }
        public void setIssuedAt(OffsetDateTime issuedAt) { this.issuedAt = issuedAt; }
        public OffsetDateTime getExpiresAt() { return expiresAt; }
        public void setExpiresAt(OffsetDateTime expiresAt) { this.expiresAt = expiresAt; }
    }

    @JsonProperty("accessToken") private Token accessToken;
    @JsonProperty("refreshToken") private Token refreshToken;
    @JsonProperty("scopes") private List<String> scopes;

    public Token getAccessToken() { return accessToken; }
    public void setAccessToken(Token accessToken) { this.accessToken = accessToken; }
    public Token getRefreshToken() { return refreshToken; }
    public void setRefreshToken(Token refreshToken) { this.refreshToken = refreshToken; }
    public List<String> getScopes() { return scopes; }
    public void setScopes(List<String> scopes) { this.scopes = scopes; }
}
