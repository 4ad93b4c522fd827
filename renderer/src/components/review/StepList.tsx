import { Anchor, Group, Paper, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { EmptyState } from '../EmptyState'

/** One person or record on a step: who, a line about them, and the one-click actions. */
export function StepItem({ label, title, to, meta, children }: { label: string; title: string; to?: string; meta?: ReactNode; children?: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-label={label}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          {to ? (
            <Anchor component={Link} to={to} fw={600}>
              {title}
            </Anchor>
          ) : (
            <Text fw={600}>{title}</Text>
          )}
        </Group>
        {meta && (
          <Text size="sm" c="dimmed" component="div">
            {meta}
          </Text>
        )}
        {children && (
          <Group gap="xs" mt={4}>
            {children}
          </Group>
        )}
      </Stack>
    </Paper>
  )
}

/** A step with nothing in it says why, and what would put something there. */
export function StepEmpty({ icon, title, children }: { icon: ReactNode; title: string; children: ReactNode }) {
  return (
    <EmptyState icon={icon} title={title}>
      {children}
    </EmptyState>
  )
}
