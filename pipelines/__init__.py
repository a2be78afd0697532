"""callqa.pipelines."""
