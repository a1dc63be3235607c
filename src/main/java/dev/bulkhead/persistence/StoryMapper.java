package dev.bulkhead.persistence;

import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Stories;
import dev.bulkhead.model.Story;
import dev.bulkhead.model.StoryStep;
import dev.bulkhead.model.StoryView;
import dev.bulkhead.persistence.ModelFileDto.StepDto;
import dev.bulkhead.persistence.ModelFileDto.StoryDto;
import dev.bulkhead.persistence.ModelFileDto.ViewDto;
import java.util.ArrayList;
import java.util.List;

/** Stories in the file (format 3): shared by every scenario, each step naming the scenario it shows. */
final class StoryMapper {
    static final String CANVAS = "canvas";
    static final String COMPARE = "compare";

    private StoryMapper() {
    }

    /** The file's stories; every step's scenario must be one of the model's. */
    static Stories stories(List<StoryDto> dtos, Model model) {
        FilePath at = FilePath.ROOT.appendProperty("stories");
        List<Story> stories = new ArrayList<>();
        for (int i = 0; i < dtos.size(); i++) {
            FilePath storyAt = at.appendIndex(i);
            StoryDto dto = dtos.get(i);
            if (dto == null) {
                throw new MappingException(storyAt, "an entry is null; remove it");
            }
            List<StepDto> stepDtos = ModelMapper.required(dto.steps(), storyAt, "steps");
            List<StoryStep> steps = new ArrayList<>();
            for (int s = 0; s < stepDtos.size(); s++) {
                steps.add(step(stepDtos.get(s), storyAt.appendProperty("steps").appendIndex(s), model));
            }
            String name = ModelMapper.required(dto.name(), storyAt, "name");
            stories.add(ModelMapper.build(storyAt.appendProperty("name"), () -> new Story(name, steps)));
        }
        return ModelMapper.build(at, () -> new Stories(stories));
    }

    private static StoryStep step(StepDto dto, FilePath at, Model model) {
        if (dto == null) {
            throw new MappingException(at, "an entry is null; remove it");
        }
        String scenario = ModelMapper.required(dto.scenario(), at, "scenario");
        if (!model.scenarios().contains(scenario)) {
            throw new MappingException(at.appendProperty("scenario"), "the step shows scenario '" + scenario
                    + "', which this model does not have; name one of: " + String.join(", ", model.scenarios().names()));
        }
        StoryView view = view(ModelMapper.required(dto.view(), at, "view"), at.appendProperty("view"));
        ElementId highlight = dto.highlight() == null ? null : ModelMapper.id(dto.highlight(), at.appendProperty("highlight"));
        String note = ModelMapper.orDefault(dto.note(), "");
        return ModelMapper.build(at.appendProperty("note"), () -> new StoryStep(scenario, view, highlight, note));
    }

    private static StoryView view(ViewDto dto, FilePath at) {
        String kind = ModelMapper.required(dto.kind(), at, "kind");
        if (kind.equals(COMPARE)) {
            return StoryView.compareView();
        }
        if (!kind.equals(CANVAS)) {
            throw new MappingException(at.appendProperty("kind"), "'" + kind + "' is not a view; use canvas or compare");
        }
        double x = ModelMapper.required(dto.centreX(), at, "centreX");
        double y = ModelMapper.required(dto.centreY(), at, "centreY");
        double zoom = ModelMapper.required(dto.zoom(), at, "zoom");
        // A number out of its range is reported at its own field (view.zoom, view.centreX).
        return ModelMapper.build(at, () -> StoryView.canvas(x, y, zoom));
    }

    /** The stories as the file stores them, or null for a model without any (left out of the file). */
    static List<StoryDto> storiesDto(Stories stories) {
        if (stories.isEmpty()) {
            return null;
        }
        return stories.all().stream().map(story -> new StoryDto(story.name(), story.steps().stream()
                .map(StoryMapper::stepDto).toList())).toList();
    }

    private static StepDto stepDto(StoryStep step) {
        StoryView view = step.view();
        ViewDto viewDto = view.compare() ? new ViewDto(COMPARE, null, null, null)
                : new ViewDto(CANVAS, view.centreX(), view.centreY(), view.zoom());
        return new StepDto(step.scenario(), viewDto, step.highlight() == null ? null : step.highlight().value(), step.note());
    }
}
