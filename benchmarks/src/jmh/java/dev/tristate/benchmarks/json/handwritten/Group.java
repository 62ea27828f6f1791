package dev.tristate.benchmarks.json.handwritten;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/** Ampersand's {@code Group}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Group {

    @JsonProperty("groupRef") private String groupRef;
    @JsonProperty("groupName") private String groupName;
    @JsonProperty("projectId") private String projectId;
    @JsonProperty("createTime") @JsonFormat(shape = JsonFormat.Shape.STRING) private OffsetDateTime createTime;
    @JsonProperty("updateTime") @JsonFormat(shape = JsonFormat.Shape.STRING) private OffsetDateTime updateTime;

    public String getGroupRef() { return groupRef; }
    public void setGroupRef(String groupRef) { this.groupRef = groupRef; }
    public String getGroupName() { return groupName; }
    public void setGroupName(String groupName) { this.groupName = groupName; }
    public String getProjectId() { return projectId; }
    public void setProjectId(String projectId) { this.projectId = projectId; }
    public OffsetDateTime getCreateTime() { return createTime; }
    public void setCreateTime(OffsetDateTime createTime) { this.createTime = createTime; }
    public OffsetDateTime getUpdateTime() { return updateTime; }
    public void setUpdateTime(OffsetDateTime updateTime) { this.updateTime = updateTime; }
}
