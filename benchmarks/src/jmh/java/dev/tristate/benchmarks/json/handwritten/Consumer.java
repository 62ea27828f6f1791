package dev.tristate.benchmarks.json.handwritten;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/** Ampersand's {@code Consumer}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Consumer {

    @JsonProperty("consumerRef") private String consumerRef;
    @JsonProperty("consumerName") private String consumerName;
    @JsonProperty("projectId") private String projectId;
    @JsonProperty("createTime") @JsonFormat(shape = JsonFormat.Shape.STRING) private OffsetDateTime createTime;
    @JsonProperty("updateTime") @JsonFormat(shape = JsonFormat.Shape.STRING) private OffsetDateTime updateTime;

    public String getConsumerRef() { return consumerRef; }
    public void setConsumerRef(String consumerRef) { this.consumerRef = consumerRef; }
    public String getConsumerName() { return consumerName; }
    public void setConsumerName(String consumerName) { this.consumerName = consumerName; }
    public String getProjectId() { return projectId; }
    public void setProjectId(String projectId) { this.projectId = projectId; }
    public OffsetDateTime getCreateTime() { return createTime; }
    public void setCreateTime(OffsetDateTime createTime) { this.createTime = createTime; }
    public OffsetDateTime getUpdateTime() { return updateTime; }
    public void setUpdateTime(OffsetDateTime updateTime) { this.updateTime = updateTime; }
}
