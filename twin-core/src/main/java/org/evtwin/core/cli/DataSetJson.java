package org.evtwin.core.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.evtwin.core.store.ChannelInfo;
import org.evtwin.core.store.DataSetInfo;

/** A data set and its provenance as JSON (for {@code --json} of import and datasets). */
final class DataSetJson {
    private DataSetJson() {
    }

    static ObjectNode of(DataSetInfo d) {
        ObjectNode j = Json.object();
        j.put("id", d.id());
        j.put("name", d.name());
        j.put("kind", d.kind().name());
        j.put("state", d.state().name());
        j.put("sourceName", d.sourceName());
        j.put("sourceBytes", d.sourceBytes());
        j.put("sha256", d.sha256());
        j.put("format", d.format());
        j.put("createdAt", String.valueOf(d.createdAt()));
        j.put("completedAt", d.completedAt() == null ? null : d.completedAt().toString());
        j.put("acceptedRows", d.acceptedRows());
        j.put("rejectedRows", d.rejectedRows());
        j.put("duplicateRows", d.duplicateRows());
        putTime(j, "firstTimeS", d.firstTimeS());
        putTime(j, "lastTimeS", d.lastTimeS());
        j.put("vehicle", d.vehicle());
        ArrayNode channels = j.putArray("channels");
        for (ChannelInfo c : d.channels()) {
            ObjectNode n = channels.addObject();
            n.put("name", c.channel().columnName());
            n.put("unit", c.unit());
            n.put("sourceColumn", c.sourceColumn());
            n.put("sourceUnit", c.sourceUnit());
        }
        j.put("mappingJson", d.mappingJson());
        return j;
    }

    private static void putTime(ObjectNode j, String field, double v) {
        if (Double.isNaN(v)) {
            j.putNull(field);
        } else {
            j.put(field, v);
        }
    }
}
