package dev.bulkhead.persistence;

import dev.bulkhead.model.CanvasNote;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.ModelNotes;
import dev.bulkhead.persistence.ModelFileDto.NoteDto;
import dev.bulkhead.persistence.ModelFileDto.NotesDto;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The model's notes in the file (format 3): absent when there are none, so that such a file reads as before. */
final class NotesMapper {
    private NotesMapper() {
    }

    static ModelNotes toNotes(NotesDto dto) {
        if (dto == null) {
            return ModelNotes.NONE;
        }
        FilePath at = FilePath.ROOT.appendProperty("notes");
        List<CanvasNote> canvas = new ArrayList<>();
        List<NoteDto> notes = ModelMapper.orDefault(dto.canvas(), List.of());
        for (int i = 0; i < notes.size(); i++) {
            FilePath noteAt = at.appendProperty("canvas").appendIndex(i);
            NoteDto note = notes.get(i);
            if (note == null) {
                throw new MappingException(noteAt, "a note needs an id, a text and x, y, width and height");
            }
            Geometry box = ModelMapper.build(noteAt, () -> new Geometry(ModelMapper.required(note.x(), noteAt, "x"),
                    ModelMapper.required(note.y(), noteAt, "y"), ModelMapper.required(note.width(), noteAt, "width"),
                    ModelMapper.required(note.height(), noteAt, "height")));
            canvas.add(ModelMapper.build(noteAt, () -> new CanvasNote(ModelMapper.required(note.id(), noteAt, "id"),
                    ModelMapper.required(note.text(), noteAt, "text"), box)));
        }
        TreeMap<ElementId, String> elements = new TreeMap<>();
        FilePath elementsAt = at.appendProperty("elements");
        for (Map.Entry<String, String> entry : ModelMapper.orDefault(dto.elements(), Map.<String, String>of()).entrySet()) {
            FilePath entryAt = elementsAt.appendProperty(entry.getKey());
            ElementId id = ModelMapper.id(entry.getKey(), entryAt);
            elements.put(id, ModelMapper.required(entry.getValue(), elementsAt, entry.getKey()));
            ModelMapper.build(entryAt, () -> new ModelNotes(List.of(), new TreeMap<>(Map.of(id, entry.getValue()))));
        }
        return ModelMapper.build(at, () -> new ModelNotes(canvas, elements));
    }

    static NotesDto toDto(ModelNotes notes) {
        if (notes.isEmpty()) {
            return null;
        }
        List<NoteDto> canvas = notes.canvas().stream().map(n -> new NoteDto(n.id(), n.text(), n.box().x(), n.box().y(),
                n.box().width(), n.box().height())).toList();
        Map<String, String> elements = new TreeMap<>();
        notes.elements().forEach((id, text) -> elements.put(id.value(), text));
        return new NotesDto(canvas.isEmpty() ? null : canvas, elements.isEmpty() ? null : elements);
    }
}
